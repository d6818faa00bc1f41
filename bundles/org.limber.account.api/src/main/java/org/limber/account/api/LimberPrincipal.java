package org.limber.account.api;

import java.security.Principal;

/**
 * The signed-in user of a request. The web layer puts it on the request ({@code getUserPrincipal()}) once the
 * session is checked, so REST resources of every bundle read the user from there and from nowhere else.
 */
public record LimberPrincipal(long userId, String username, Role role) implements Principal {
    @Override
    public String getName() {
        return username;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public static LimberPrincipal of(Account account) {
        return new LimberPrincipal(account.id(), account.username(), account.role());
    }
}
