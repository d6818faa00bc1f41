package org.limber.reminder.rest.internal;

import java.nio.charset.StandardCharsets;

import org.limber.reminder.api.ReminderService;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code /calendar/<token>.ics}: a user's reminder times as an iCalendar feed for phone calendars. The token is the
 * one deliberate secret in a URL (calendar apps cannot sign in); it reveals only routine names and times, and the
 * user can revoke it. Unknown and revoked tokens look the same: 404.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(CalendarServlet.PATH + "/*")
public class CalendarServlet extends RestServlet {
    static final String PATH = "/calendar";
    private static final long serialVersionUID = 1L;

    @Activate
    public CalendarServlet(@Reference ReminderService reminders) {
        get("/{file}", request -> {
            String file = request.path("file");
            if (!file.endsWith(".ics") || file.length() > 100) {
                throw ProblemException.notFound("Calendar", "");
            }
            String calendar = reminders.calendar(file.substring(0, file.length() - 4))
                    .orElseThrow(() -> ProblemException.notFound("Calendar", ""));
            return new Reply(200, new Reply.Raw("text/calendar; charset=utf-8",
                    calendar.getBytes(StandardCharsets.UTF_8)), null, Reply.Caching.NO_STORE)
                    .withHeader("Referrer-Policy", "no-referrer");
        });
    }
}
