package org.limber.account.rest.internal;

import org.limber.account.api.Account;
import org.limber.account.api.ActiveSession;
import org.limber.account.api.NewSession;
import org.limber.account.api.SetupState;
import org.limber.account.rest.internal.JsonShapes.Session;
import org.limber.account.rest.internal.JsonShapes.SessionUser;
import org.limber.rest.Reply;

/** The session body of {@code GET /api/v1/auth/session} and of every answer that signs someone in. */
final class SessionAnswers {
    private SessionAnswers() {
    }

    static Session of(ActiveSession session, SetupState state) {
        return session == null ? anonymous(state)
                : new Session(true, user(session.account()), session.csrfToken(), JsonShapes.time(session.expiresAt()),
                        state.setUp(), state.registrationOpen());
    }

    static Session of(NewSession session, SetupState state) {
        return new Session(true, user(session.account()), session.csrfToken(), JsonShapes.time(session.expiresAt()),
                state.setUp(), state.registrationOpen());
    }

    static Session anonymous(SetupState state) {
        return new Session(false, null, null, null, state.setUp(), state.registrationOpen());
    }

    /** The answer that starts a session: the body plus the cookie. */
    static Reply started(int status, NewSession session, SetupState state, boolean secure) {
        return new Reply(status, of(session, state), null, Reply.Caching.NO_STORE)
                .withHeader("Set-Cookie", SessionCookie.set(session.id(), secure));
    }

    private static SessionUser user(Account account) {
        return new SessionUser(account.id(), account.username(), JsonShapes.roleName(account.role()));
    }
}
