package org.limber.account.rest.internal;

import java.security.Principal;

import org.limber.account.api.ActiveSession;
import org.limber.account.api.LimberPrincipal;
import org.limber.account.api.Role;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as the resources see it: the signed-in user (if any) as its principal, and the client's own address
 * and scheme when a trusted proxy forwarded it.
 */
final class SignedInRequest extends HttpServletRequestWrapper {
    /** The session of the request, for this bundle's resources. */
    record SignedIn(String sessionId, ActiveSession session) {
        @Override
        public String toString() {
            return "SignedIn[" + session + "]";
        }
    }

    static final String ATTRIBUTE = SignedIn.class.getName();

    private final LimberPrincipal principal;
    private final TrustedProxies.Client client;

    SignedInRequest(HttpServletRequest request, SignedIn signedIn, TrustedProxies.Client client) {
        super(request);
        this.principal = signedIn == null ? null : LimberPrincipal.of(signedIn.session().account());
        this.client = client;
        request.setAttribute(ATTRIBUTE, signedIn);
    }

    static SignedIn signedIn(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof SignedIn signedIn ? signedIn : null;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public String getRemoteUser() {
        return principal == null ? null : principal.username();
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal != null && (principal.role().name().equalsIgnoreCase(role)
                || principal.role() == Role.ADMIN && "user".equalsIgnoreCase(role));
    }

    @Override
    public String getAuthType() {
        return principal == null ? null : FORM_AUTH;
    }

    @Override
    public String getRemoteAddr() {
        return client.address();
    }

    @Override
    public String getRemoteHost() {
        return client.address();
    }

    @Override
    public boolean isSecure() {
        return client.secure();
    }

    @Override
    public String getScheme() {
        return client.secure() ? "https" : super.getScheme();
    }
}
