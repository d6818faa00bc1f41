package org.limber.journal.rest.internal;

import org.limber.journal.api.JournalService;
import org.limber.journal.rest.internal.JsonShapes.CheckInJson;
import org.limber.journal.rest.internal.JsonShapes.ListJson;
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
 * {@code /api/v1/journal/check-ins}: list (newest first) and create; {@code /{id}}: read and delete;
 * {@code /{id}/acknowledge}: the user confirms they saw the urgent-care notice for the red flags reported.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/journal/check-ins/*")
public class CheckInsServlet extends RestServlet {
    private static final long serialVersionUID = 1L;
    private static final String WHAT = "Check-in";

    @Activate
    public CheckInsServlet(@Reference JournalService journal) {
        get("", request -> {
            long user = Requests.userId(request);
            var checkIns = Requests.call(() -> journal.checkIns(user, Requests.instantParameter(request, "from"),
                    Requests.instantParameter(request, "to"), Requests.limit(request)));
            return Reply.privateJson(new ListJson<>(checkIns.stream().map(ToJson::checkIn).toList()));
        });
        post("", request -> {
            long user = Requests.userId(request);
            var data = FromJson.checkIn("", request.readBody(CheckInJson.class, RestRequest.MAX_BODY_BYTES));
            return Reply.created(ToJson.checkIn(Requests.call(() -> journal.addCheckIn(user, data))));
        });
        get("/{id}", request -> {
            long user = Requests.userId(request);
            long id = Requests.id(request, WHAT);
            return Reply.privateJson(ToJson.checkIn(journal.checkIn(user, id)
                    .orElseThrow(() -> ProblemException.notFound(WHAT, Long.toString(id)))));
        });
        delete("/{id}", request -> {
            long user = Requests.userId(request);
            long id = Requests.id(request, WHAT);
            Requests.run(() -> journal.deleteCheckIn(user, id));
            return Reply.noContent();
        });
        post("/{id}/acknowledge", request -> {
            long user = Requests.userId(request);
            long id = Requests.id(request, WHAT);
            return Reply.privateJson(ToJson.checkIn(Requests.call(() -> journal.acknowledgeRedFlags(user, id))));
        });
    }
}
