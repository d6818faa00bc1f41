package org.limber.reminder.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.limber.account.api.Account;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderService;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineSection;
import org.limber.storage.api.RoutineStore;
import org.limber.storage.api.UserStore;

@Command(scope = "limber", name = "routines", description = "Lists routines: their days, number of exercises and "
        + "reminder times")
@Service
public class RoutinesCommand implements Action {
    @Reference
    UserStore users;

    @Reference
    RoutineStore routines;

    @Reference
    ReminderService reminders;

    @Argument(index = 0, name = "user", description = "Only this user's routines (username); everyone's by default")
    String user;

    @Override
    public Object execute() {
        List<Account> accounts = user == null ? users.all() : Users.named(users, user).map(List::of).orElse(null);
        if (accounts == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("User");
        table.column("Id");
        table.column("Routine");
        table.column("Days");
        table.column("Exercises");
        table.column("Reminders");
        for (Account account : accounts) {
            List<ReminderPlan> plans = reminders.plans(account.id());
            for (Routine routine : routines.routines(account.id())) {
                ReminderPlan plan = plans.stream().filter(p -> p.routineId() == routine.id()).findFirst().orElse(null);
                table.addRow().addContent(account.username(), routine.id(), routine.name(),
                        Format.days(routine.days()), items(routine.sections()), reminders(plan));
            }
        }
        table.print(System.out);
        return null;
    }

    private static String reminders(ReminderPlan plan) {
        if (plan == null || plan.times().isEmpty()) {
            return "-";
        }
        return Format.times(plan.times()) + (plan.enabled() ? "" : " (paused)");
    }

    private static int items(List<RoutineSection> sections) {
        return sections.stream().mapToInt(section -> section.items().size()).sum();
    }
}
