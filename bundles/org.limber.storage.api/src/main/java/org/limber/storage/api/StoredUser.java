package org.limber.storage.api;

import org.limber.account.api.Account;

/** An account with its password hash, for the account bundle only. */
public record StoredUser(Account account, String passwordHash) {
    @Override
    public String toString() {
        return "StoredUser[" + account + "]";
    }
}
