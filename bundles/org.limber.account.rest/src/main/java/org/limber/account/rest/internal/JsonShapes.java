package org.limber.account.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.limber.account.api.Account;
import org.limber.account.api.Role;
import org.limber.rest.ProblemException;

/** Request and answer bodies of the account resources, as the REST contract spells them. */
final class JsonShapes {
    private JsonShapes() {
    }

    // ---- requests ----

    record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[" + username + "]";
        }
    }

    record Setup(String token, String username, String password) {
        @Override
        public String toString() {
            return "Setup[" + username + "]";
        }
    }

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange";
        }
    }

    record Confirmation(String password) {
        @Override
        public String toString() {
            return "Confirmation";
        }
    }

    record NewUser(String username, String password, String role) {
        @Override
        public String toString() {
            return "NewUser[" + username + ", " + role + "]";
        }
    }

    record UserChange(Boolean disabled) {
    }

    record Settings(Boolean registrationOpen) {
    }

    // ---- answers ----

    record SessionUser(long id, String username, String role) {
    }

    record Session(boolean authenticated, SessionUser user, String csrfToken, String expiresAt, boolean setUp,
                   boolean registrationOpen) {
    }

    record AccountJson(long id, String username, String role, String createdAt) {
        static AccountJson of(Account account) {
            return new AccountJson(account.id(), account.username(), roleName(account.role()), time(account.createdAt()));
        }
    }

    record UserJson(long id, String username, String role, String createdAt, boolean disabled) {
        static UserJson of(Account account) {
            return new UserJson(account.id(), account.username(), roleName(account.role()), time(account.createdAt()),
                    account.disabled());
        }
    }

    record Items<T>(List<T> items) {
    }

    record Backup(String file, long bytes, int schemaVersion, String createdAt) {
    }

    static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static Role parseRole(String text) {
        if (text == null) {
            return Role.USER;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "user" -> Role.USER;
            case "admin" -> Role.ADMIN;
            default -> throw ProblemException.invalidField("role", "must be user or admin");
        };
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
