package org.limber.journal.rest.internal;

import org.limber.journal.api.JournalService;
import org.limber.journal.api.Plan;
import org.limber.journal.rest.internal.JsonShapes.PlanJson;
import org.limber.rest.Reply;
import org.limber.rest.RestRequest;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code /api/v1/journal/plan}: sessions a week, planned rest weekdays and the time zone days are counted in. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/journal/plan")
public class PlanServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public PlanServlet(@Reference JournalService journal) {
        get("", request -> Reply.privateJson(ToJson.plan(journal.plan(Requests.userId(request)))));
        put("", request -> {
            long user = Requests.userId(request);
            Plan plan = FromJson.plan("", request.readBody(PlanJson.class, RestRequest.MAX_BODY_BYTES));
            return Reply.privateJson(ToJson.plan(Requests.call(() -> journal.setPlan(user, plan))));
        });
    }
}
