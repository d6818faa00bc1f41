package org.limber.account.rest.internal;

import org.limber.account.api.AccountService;
import org.limber.account.api.Authenticator;
import org.limber.account.api.LimberPrincipal;
import org.limber.account.api.LoginRefusedException;
import org.limber.account.api.NewSession;
import org.limber.account.rest.internal.JsonShapes.AccountJson;
import org.limber.account.rest.internal.JsonShapes.Confirmation;
import org.limber.account.rest.internal.JsonShapes.PasswordChange;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestRequest;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code /api/v1/account}: the signed-in user's own account, and only theirs (the id comes from the session, never
 * from the request).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/account/*")
public class AccountServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;
    private final transient Authenticator authenticator;

    @Activate
    public AccountServlet(@Reference AccountService accounts, @Reference Authenticator authenticator) {
        this.accounts = accounts;
        this.authenticator = authenticator;
        get("", request -> {
            LimberPrincipal user = Requests.user(request);
            return Reply.privateJson(AccountJson.of(accounts.find(user.userId()).orElseThrow(() ->
                    ProblemException.status(401, "Sign-in required", "The account of this session is gone."))));
        });
        put("/password", AccountProblems.mapped(this::changePassword));
        post("/delete", AccountProblems.mapped(this::delete));
    }

    /**
     * Every session of the account ends with the change; this browser gets a new one at once (its new CSRF token is
     * in {@code GET /api/v1/auth/session}).
     */
    private Reply changePassword(RestRequest request) throws Exception {
        LimberPrincipal user = Requests.user(request);
        PasswordChange body = Requests.body(request, PasswordChange.class);
        accounts.changePassword(user.userId(), body.currentPassword(), body.newPassword());
        boolean secure = Requests.secure(request);
        try {
            NewSession session = authenticator.login(user.username(), body.newPassword(),
                    Requests.clientAddress(request));
            return Reply.noContent().withHeader("Set-Cookie", SessionCookie.set(session.id(), secure));
        } catch (LoginRefusedException e) {
            return Reply.noContent().withHeader("Set-Cookie", SessionCookie.clear(secure));
        }
    }

    private Reply delete(RestRequest request) throws Exception {
        LimberPrincipal user = Requests.user(request);
        Confirmation body = Requests.body(request, Confirmation.class);
        accounts.delete(user.userId(), body.password());
        return Reply.noContent().withHeader("Set-Cookie", SessionCookie.clear(Requests.secure(request)));
    }
}
