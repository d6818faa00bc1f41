package org.limber.routine.rest.internal;

import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineService;
import org.limber.routine.rest.internal.Shapes.FromTemplateJson;
import org.limber.routine.rest.internal.Shapes.RoutineJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code /api/v1/routines}: the signed-in user's routines, their rule check, templates copies and the player view. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/v1/routines", "/api/v1/routines/*"})
public class RoutinesServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public RoutinesServlet(@Reference RoutineService routines) {
        get("", request -> Reply.privateJson(Shapes.list("routines",
                routines.routines(Calls.userId(request)).stream().map(Convert::routine).toList())));
        post("", request -> {
            long user = Calls.userId(request);
            RoutineData data = Convert.routine(Calls.body(request, RoutineJson.class));
            return Calls.reply(() -> Reply.created(Convert.checked(routines.create(user, data)))
                    .withCaching(Reply.Caching.NO_STORE));
        });
        post("/check", request -> {
            long user = Calls.userId(request);
            RoutineData data = Convert.routine(Calls.body(request, RoutineJson.class));
            Long id = request.string("id", 20).map(raw -> {
                try {
                    return Long.valueOf(raw);
                } catch (NumberFormatException e) {
                    throw ProblemException.badParameter("id", "'" + raw + "' is not a routine id");
                }
            }).orElse(null);
            return Calls.reply(() -> Reply.privateJson(Shapes.list("warnings",
                    Convert.warnings(routines.check(user, data, id)))));
        });
        post("/from-template", request -> {
            long user = Calls.userId(request);
            FromTemplateJson body = Calls.body(request, FromTemplateJson.class);
            if (body == null || body.templateId() == null || body.templateId().isBlank()) {
                throw Calls.invalidField("/templateId", "Say which template to copy");
            }
            return Calls.reply(() -> Reply.created(Convert.checked(
                    routines.copyTemplate(user, body.templateId(), body.name()))).withCaching(Reply.Caching.NO_STORE));
        });
        get("/{id}", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Routine");
            return Reply.privateJson(Convert.routine(routines.routine(user, id)
                    .orElseThrow(() -> ProblemException.notFound("Routine", String.valueOf(id)))));
        });
        put("/{id}", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Routine");
            RoutineData data = Convert.routine(Calls.body(request, RoutineJson.class));
            return Calls.reply(() -> Reply.privateJson(Convert.checked(routines.update(user, id, data))));
        });
        delete("/{id}", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Routine");
            return Calls.reply(() -> {
                routines.delete(user, id);
                return Reply.noContent();
            });
        });
        get("/{id}/play", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Routine");
            return Reply.privateJson(Convert.resolved(routines.resolve(user, id)
                    .orElseThrow(() -> ProblemException.notFound("Routine", String.valueOf(id)))));
        });
    }
}
