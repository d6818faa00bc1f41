package org.limber.account.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creating, listing and removing accounts. Usernames are 3 to 64 characters (letters, digits, {@code . _ -}) and
 * compared case-insensitively; passwords are 8 to 128 characters and must not be a commonly used one. Every
 * failure is an {@link AccountException} naming the field.
 */
@ProviderType
public interface AccountService {

    SetupState setupState();

    /**
     * Creates the first administrator. Possible once, with the one-time setup token Limber prints to its log and
     * console at start while no administrator exists.
     */
    Account createFirstAdministrator(String setupToken, String username, String password);

    /** Self-registration: a user account, when an administrator has opened registration. */
    Account register(String username, String password);

    /** An administrator creates an account. */
    Account create(String username, String password, Role role);

    List<Account> accounts();

    Optional<Account> find(long userId);

    void setRegistrationOpen(boolean open);

    /** A disabled account cannot sign in and its sessions end. The last active administrator cannot be disabled. */
    Account setDisabled(long userId, boolean disabled);

    /** Checks the current password, stores the new one and ends every other session of the account. */
    void changePassword(long userId, String currentPassword, String newPassword);

    /**
     * Deletes the account and everything it owns (journal, sessions). The user confirms with their password; the
     * last administrator cannot delete their account.
     */
    void delete(long userId, String password);

    /** An administrator removes someone else's account and all its data. */
    void deleteByAdministrator(long userId);
}
