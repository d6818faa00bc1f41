package org.limber.reminder.shell.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.limber.account.api.Account;
import org.limber.storage.api.UserStore;

/** Usernames to accounts and back, for the commands' optional user argument. */
final class Users {
    private Users() {
    }

    /** The named account; empty (with a message) when there is none. */
    static Optional<Account> named(UserStore users, String username) {
        Optional<Account> account = users.byUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(stored -> stored.account());
        if (account.isEmpty()) {
            System.err.println("No user is called '" + username + "'.");
        }
        return account;
    }

    static Map<Long, String> names(UserStore users) {
        return users.all().stream().collect(Collectors.toMap(Account::id, Account::username));
    }
}
