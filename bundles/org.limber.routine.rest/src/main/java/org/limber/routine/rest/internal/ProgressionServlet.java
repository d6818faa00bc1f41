package org.limber.routine.rest.internal;

import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.routine.api.RoutineService;
import org.limber.routine.rest.internal.Shapes.PhaseJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code /api/v1/progression}: the user's phase and what their pain trend suggests. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/progression")
public class ProgressionServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public ProgressionServlet(@Reference RoutineService routines) {
        get("", request -> Reply.privateJson(Convert.progression(routines.progression(Calls.userId(request)))));
        put("", request -> {
            long user = Calls.userId(request);
            PhaseJson body = Calls.body(request, PhaseJson.class);
            routines.setPhase(user, Convert.phase(body == null ? null : body.phase()));
            return Reply.privateJson(Convert.progression(routines.progression(user)));
        });
    }
}
