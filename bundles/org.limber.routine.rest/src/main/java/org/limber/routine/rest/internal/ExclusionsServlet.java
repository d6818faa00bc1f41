package org.limber.routine.rest.internal;

import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.routine.api.RoutineService;
import org.limber.routine.rest.internal.Shapes.ExclusionsJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code /api/v1/exclusions}: the user's standing exclusions ("no kneeling", ...). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/exclusions")
public class ExclusionsServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public ExclusionsServlet(@Reference RoutineService routines) {
        get("", request -> Reply.privateJson(new ExclusionsJson(
                Convert.exclusions(routines.exclusions(Calls.userId(request))))));
        put("", request -> {
            long user = Calls.userId(request);
            ExclusionsJson body = Calls.body(request, ExclusionsJson.class);
            var exclusions = Convert.exclusions(body == null ? null : body.exclusions());
            return Reply.privateJson(new ExclusionsJson(Convert.exclusions(routines.setExclusions(user, exclusions))));
        });
    }
}
