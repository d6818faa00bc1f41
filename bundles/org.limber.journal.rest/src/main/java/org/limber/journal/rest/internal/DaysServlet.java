package org.limber.journal.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.JournalService;
import org.limber.journal.rest.internal.JsonShapes.DayBody;
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

/** {@code /api/v1/journal/days}: days marked as rest or flare; {@code /{day}}: mark (PUT) or unmark (DELETE). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/journal/days/*")
public class DaysServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public DaysServlet(@Reference JournalService journal) {
        get("", request -> {
            long user = Requests.userId(request);
            var marks = Requests.call(() -> journal.dayMarks(user, Requests.dayParameter(request, "from"),
                    Requests.dayParameter(request, "to")));
            return Reply.privateJson(new ListJson<>(marks.stream().map(ToJson::day).toList()));
        });
        put("/{day}", request -> {
            long user = Requests.userId(request);
            LocalDate day = day(request);
            DayBody body = FromJson.required("", request.readBody(DayBody.class, RestRequest.MAX_BODY_BYTES));
            DayMark mark = new DayMark(day, FromJson.required("kind",
                    FromJson.enumValue(DayKind.class, "kind", body.kind())));
            Requests.run(() -> journal.markDay(user, mark));
            return Reply.privateJson(ToJson.day(mark));
        });
        delete("/{day}", request -> {
            long user = Requests.userId(request);
            LocalDate day = day(request);
            Requests.run(() -> journal.unmarkDay(user, day));
            return Reply.noContent();
        });
    }

    private static LocalDate day(RestRequest request) {
        String raw = request.path("day");
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ProblemException.status(400, "Invalid day", "The path must end with a day such as 2026-11-21.");
        }
    }
}
