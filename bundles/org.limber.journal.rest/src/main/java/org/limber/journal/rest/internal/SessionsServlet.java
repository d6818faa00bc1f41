package org.limber.journal.rest.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.JournalException;
import org.limber.journal.api.JournalService;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.rest.internal.JsonShapes.ListJson;
import org.limber.journal.rest.internal.JsonShapes.SessionBody;
import org.limber.journal.rest.internal.JsonShapes.SessionCreatedJson;
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
 * {@code /api/v1/journal/sessions}: list (newest first) and create, optionally with the check-ins taken just before
 * and after; {@code /{id}}: read and delete.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/journal/sessions/*")
public class SessionsServlet extends RestServlet {
    private static final long serialVersionUID = 1L;
    private static final String WHAT = "Session";

    private final transient JournalService journal;

    @Activate
    public SessionsServlet(@Reference JournalService journal) {
        this.journal = journal;
        get("", request -> {
            long user = Requests.userId(request);
            var sessions = Requests.call(() -> journal.sessions(user, Requests.instantParameter(request, "from"),
                    Requests.instantParameter(request, "to"), Requests.limit(request)));
            return Reply.privateJson(new ListJson<>(sessions.stream().map(ToJson::session).toList()));
        });
        post("", this::create);
        get("/{id}", request -> {
            long user = Requests.userId(request);
            long id = Requests.id(request, WHAT);
            return Reply.privateJson(ToJson.session(journal.session(user, id)
                    .orElseThrow(() -> ProblemException.notFound(WHAT, Long.toString(id)))));
        });
        delete("/{id}", request -> {
            long user = Requests.userId(request);
            long id = Requests.id(request, WHAT);
            Requests.run(() -> journal.deleteSession(user, id));
            return Reply.noContent();
        });
    }

    /**
     * Saves the session, then its check-ins linked to it. The journal has no single call for the three, so when a
     * check-in is refused what was already saved of this request is removed again, and the answer names the field
     * under {@code before.} or {@code after.}.
     */
    private Reply create(RestRequest request) throws IOException {
        long user = Requests.userId(request);
        SessionBody body = request.readBody(SessionBody.class, RestRequest.MAX_BODY_BYTES);
        SessionData data = FromJson.session(body);
        CheckInData before = body.before() == null ? null : FromJson.checkIn("before", body.before());
        CheckInData after = body.after() == null ? null : FromJson.checkIn("after", body.after());
        SessionEntry session = Requests.call(() -> journal.addSession(user, data));
        CheckIn savedBefore = null;
        try {
            if (before != null) {
                savedBefore = journal.addCheckIn(user, linked(before, session, CheckInTiming.BEFORE_SESSION));
            }
            CheckIn savedAfter = after == null ? null
                    : addAfter(user, linked(after, session, CheckInTiming.AFTER_SESSION), savedBefore);
            return Reply.created(new SessionCreatedJson(ToJson.session(session), ToJson.checkIn(savedBefore),
                    ToJson.checkIn(savedAfter)));
        } catch (JournalException e) {
            journal.deleteSession(user, session.id());
            throw Requests.problem(e, savedBefore == null && before != null ? "before" : "after");
        }
    }

    private CheckIn addAfter(long user, CheckInData after, CheckIn savedBefore) {
        try {
            return journal.addCheckIn(user, after);
        } catch (JournalException e) {
            if (savedBefore != null) {
                journal.deleteCheckIn(user, savedBefore.id());
            }
            throw e;
        }
    }

    /**
     * A bracketing check-in: linked to the session, timed as given or else at the session's start (before) or
     * end (after).
     */
    private static CheckInData linked(CheckInData d, SessionEntry session, CheckInTiming timing) {
        Instant at = d.at();
        if (at == null) {
            Instant start = session.data().at();
            Integer minutes = session.data().durationMinutes();
            at = timing == CheckInTiming.AFTER_SESSION && minutes != null
                    ? start.plus(Duration.ofMinutes(minutes)) : start;
        }
        return new CheckInData(at, timing, session.id(), d.backPain(), d.legPain(), d.legExtent(), d.numbness(),
                d.tingling(), d.weakness(), d.sittingMinutes(), d.sleepQuality(), d.flare(), d.redFlags(), d.notes());
    }
}
