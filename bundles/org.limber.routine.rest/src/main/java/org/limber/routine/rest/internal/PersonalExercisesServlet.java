package org.limber.routine.rest.internal;

import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.RoutineService;
import org.limber.routine.rest.internal.Shapes.PersonalExerciseJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code /api/v1/personal-exercises}: exercises of the user's own, for their routines. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/v1/personal-exercises", "/api/v1/personal-exercises/*"})
public class PersonalExercisesServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public PersonalExercisesServlet(@Reference RoutineService routines) {
        get("", request -> Reply.privateJson(Shapes.list("exercises",
                routines.personalExercises(Calls.userId(request)).stream().map(Convert::personal).toList())));
        post("", request -> {
            long user = Calls.userId(request);
            PersonalExerciseData data = Convert.personal(Calls.body(request, PersonalExerciseJson.class));
            return Calls.reply(() -> Reply.created(Convert.personal(routines.addPersonalExercise(user, data)))
                    .withCaching(Reply.Caching.NO_STORE));
        });
        put("/{id}", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Personal exercise");
            PersonalExerciseData data = Convert.personal(Calls.body(request, PersonalExerciseJson.class));
            return Calls.reply(() -> Reply.privateJson(Convert.personal(
                    routines.updatePersonalExercise(user, id, data))));
        });
        delete("/{id}", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Personal exercise");
            return Calls.reply(() -> {
                routines.deletePersonalExercise(user, id);
                return Reply.noContent();
            });
        });
    }
}
