package org.limber.storage.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.limber.account.api.Account;
import org.limber.account.api.Role;
import org.osgi.annotation.versioning.ProviderType;

/** Accounts. Usernames arrive normalized (the account service lower-cases them); they are unique. */
@ProviderType
public interface UserStore {

    /** Empty when the username is taken. */
    Optional<Account> insert(String username, String passwordHash, Role role, Instant createdAt);

    /**
     * Inserts an administrator only if no administrator exists yet, atomically (two concurrent set-ups cannot both
     * succeed). Empty when an administrator exists or the username is taken.
     */
    Optional<Account> insertFirstAdministrator(String username, String passwordHash, Instant createdAt);

    Optional<StoredUser> byUsername(String username);

    Optional<StoredUser> byId(long userId);

    /** Every account, by username. */
    List<Account> all();

    /** Administrators that are not disabled. */
    int countActiveAdministrators();

    boolean updatePasswordHash(long userId, String passwordHash);

    boolean setDisabled(long userId, boolean disabled);

    /** Deletes the account and, in the same transaction, everything it owns. */
    boolean delete(long userId);
}
