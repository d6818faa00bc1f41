package org.limber.account.api;

import java.time.Instant;

/** An account as other bundles see it: never with its password hash. */
public record Account(long id, String username, Role role, Instant createdAt, boolean disabled) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
