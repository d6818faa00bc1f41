package org.limber.account.rest.internal;

import org.limber.account.api.AccountException;
import org.limber.account.api.AccountService;
import org.limber.account.api.ActiveSession;
import org.limber.account.api.Authenticator;
import org.limber.account.api.LoginRefusedException;
import org.limber.account.api.NewSession;
import org.limber.account.rest.internal.JsonShapes.Credentials;
import org.limber.account.rest.internal.JsonShapes.Setup;
import org.limber.account.rest.internal.SignedInRequest.SignedIn;
import org.limber.rest.Reply;
import org.limber.rest.RestRequest;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code /api/v1/auth/*}: the session state, first-run set-up, sign-in, self-registration and sign-out. Every
 * sign-in answers a fresh session id in the cookie and ends the session the browser had before, if any.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/auth/*")
public class AuthServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;
    private final transient Authenticator authenticator;

    @Activate
    public AuthServlet(@Reference AccountService accounts, @Reference Authenticator authenticator) {
        this.accounts = accounts;
        this.authenticator = authenticator;
        get("/session", request -> Reply.privateJson(SessionAnswers.of(session(request), accounts.setupState())));
        post("/setup", AccountProblems.mapped(this::setup));
        post("/login", AccountProblems.mapped(this::login));
        post("/register", AccountProblems.mapped(this::register));
        post("/logout", this::logout);
    }

    private Reply setup(RestRequest request) throws Exception {
        Setup body = Requests.body(request, Setup.class);
        try {
            accounts.createFirstAdministrator(body.token(), body.username(), body.password());
        } catch (AccountException e) {
            throw e.reason() == AccountException.Reason.CLOSED ? AccountProblems.problem(e, 409) : e;
        }
        return signIn(request, 201, body.username(), body.password());
    }

    private Reply login(RestRequest request) throws Exception {
        Credentials body = Requests.body(request, Credentials.class);
        return signIn(request, 200, body.username(), body.password());
    }

    private Reply register(RestRequest request) throws Exception {
        Credentials body = Requests.body(request, Credentials.class);
        accounts.register(body.username(), body.password());
        return signIn(request, 201, body.username(), body.password());
    }

    private Reply signIn(RestRequest request, int status, String username, String password) throws Exception {
        NewSession session;
        try {
            session = authenticator.login(username, password, Requests.clientAddress(request));
        } catch (LoginRefusedException e) {
            if (status == 201) {
                // The account exists; only signing in right away was refused (the address is rate-limited).
                return new Reply(201, SessionAnswers.anonymous(accounts.setupState()), null, Reply.Caching.NO_STORE);
            }
            return AccountProblems.refusal(e);
        }
        SignedIn before = SignedInRequest.signedIn(request.servletRequest());
        if (before != null) {
            authenticator.logout(before.sessionId());
        }
        return SessionAnswers.started(status, session, accounts.setupState(), Requests.secure(request));
    }

    private Reply logout(RestRequest request) {
        SignedIn signedIn = SignedInRequest.signedIn(request.servletRequest());
        if (signedIn != null) {
            authenticator.logout(signedIn.sessionId());
        }
        return Reply.noContent().withHeader("Set-Cookie", SessionCookie.clear(Requests.secure(request)));
    }

    private static ActiveSession session(RestRequest request) {
        SignedIn signedIn = SignedInRequest.signedIn(request.servletRequest());
        return signedIn == null ? null : signedIn.session();
    }
}
