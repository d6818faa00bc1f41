package org.limber.reminder.rest.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderService;
import org.limber.reminder.rest.internal.Shapes.AddressJson;
import org.limber.reminder.rest.internal.Shapes.OverviewJson;
import org.limber.reminder.rest.internal.Shapes.PlanJson;
import org.limber.reminder.rest.internal.Shapes.PreferencesJson;
import org.limber.reminder.rest.internal.Shapes.SnoozeJson;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code /api/v1/reminders}: the signed-in user's reminder plans, preferences, channel addresses, the delivery log
 * and the calendar feed token.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/v1/reminders", "/api/v1/reminders/*"})
public class RemindersServlet extends RestServlet {
    private static final long serialVersionUID = 1L;
    private static final int UPCOMING = 20;

    @Activate
    public RemindersServlet(@Reference ReminderService reminders, @Reference RoutineService routines) {
        get("", request -> {
            long user = Calls.userId(request);
            Map<Long, Routine> byId = routines.routines(user).stream()
                    .collect(Collectors.toMap(Routine::id, Function.identity()));
            return Reply.privateJson(new OverviewJson(
                    reminders.plans(user).stream().map(plan -> Convert.plan(plan, byId.get(plan.routineId())))
                            .toList(),
                    reminders.upcoming(user, UPCOMING).stream().map(Convert::upcoming).toList(),
                    Convert.preferences(reminders.preferences(user)), reminders.channels(user)));
        });
        get("/routines/{id}", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Routine");
            return Reply.privateJson(Calls.call(() -> Convert.plan(reminders.plan(user, id),
                    routines.routine(user, id).orElse(null))));
        });
        put("/routines/{id}", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Routine");
            ReminderPlan plan = Convert.plan(id, Calls.body(request, PlanJson.class));
            ReminderPlan saved = Calls.call(() -> reminders.setPlan(user, plan));
            return Reply.privateJson(Map.of("plan", Convert.plan(saved, routines.routine(user, id).orElse(null)),
                    "upcoming", reminders.upcoming(user, UPCOMING).stream()
                            .filter(next -> next.routineId() == id).map(Convert::upcoming).toList()));
        });
        post("/routines/{id}/snooze", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Routine");
            SnoozeJson body = Calls.hasBody(request) ? Calls.body(request, SnoozeJson.class) : null;
            return Reply.privateJson(Map.of("upcoming", Convert.upcoming(Calls.call(() ->
                    reminders.snooze(user, id, body == null ? null : body.minutes())))));
        });
        post("/routines/{id}/done", request -> {
            long user = Calls.userId(request);
            long id = Calls.id(request, "Routine");
            Calls.run(() -> reminders.done(user, id));
            return Reply.noContent();
        });
        get("/preferences", request -> Reply.privateJson(
                Convert.preferences(reminders.preferences(Calls.userId(request)))));
        put("/preferences", request -> {
            long user = Calls.userId(request);
            PreferencesJson body = Calls.body(request, PreferencesJson.class);
            return Reply.privateJson(Convert.preferences(Calls.call(() -> reminders.setPreferences(user,
                    Convert.preferences(body, reminders.preferences(user))))));
        });
        get("/channels", request -> Reply.privateJson(Map.of("channels",
                reminders.channels(Calls.userId(request)))));
        post("/channels/{channel}/test", request -> {
            long user = Calls.userId(request);
            String channel = request.path("channel");
            return Reply.privateJson(Convert.outcome(Calls.call(() -> reminders.sendTest(user, channel))));
        });
        get("/addresses", request -> Reply.privateJson(Map.of("addresses",
                reminders.addresses(Calls.userId(request)))));
        put("/addresses/{channel}", request -> {
            long user = Calls.userId(request);
            String channel = request.path("channel");
            AddressJson body = Calls.body(request, AddressJson.class);
            if (body == null || body.address() == null) {
                throw Calls.invalidField("/address", "Give your address for this channel");
            }
            Map<String, String> options = body.options() == null ? Map.of() : body.options();
            options.forEach((key, value) -> {
                if (value == null) {
                    // The address record copies the map, which refuses nulls.
                    throw Calls.invalidField("/options/" + key.replace("~", "~0").replace("/", "~1"),
                            "Give a text value, or leave the option out");
                }
            });
            return Reply.privateJson(Calls.call(() -> reminders.setAddress(user,
                    new ChannelAddress(channel, body.address(), options))));
        });
        delete("/addresses/{channel}", request -> {
            long user = Calls.userId(request);
            String channel = request.path("channel");
            Calls.run(() -> reminders.deleteAddress(user, channel));
            return Reply.noContent();
        });
        get("/deliveries", request -> {
            long user = Calls.userId(request);
            int limit = request.integer("limit", 50, 1, 500);
            return Reply.privateJson(Map.of("deliveries",
                    reminders.deliveries(user, limit).stream().map(Convert::delivery).toList()));
        });
        get("/calendar", request -> Reply.privateJson(Map.of("active",
                reminders.hasCalendarToken(Calls.userId(request)))));
        post("/calendar", request -> {
            long user = Calls.userId(request);
            String token = reminders.newCalendarToken(user);
            return Reply.created(Map.of("url", CalendarServlet.PATH + "/" + token + ".ics"))
                    .withCaching(Reply.Caching.NO_STORE);
        });
        delete("/calendar", request -> {
            reminders.revokeCalendarToken(Calls.userId(request));
            return Reply.noContent();
        });
    }
}
