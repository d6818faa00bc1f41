package org.limber.reminder.shell.internal;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.limber.account.api.Account;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.UserStore;

@Command(scope = "limber", name = "reminders", description = "Lists reminder plans: times, next reminder in the "
        + "user's time zone, snooze and channels")
@Service
public class RemindersCommand implements Action {
    static final int MAX_ROWS = 10_000;

    @Reference
    UserStore users;

    @Reference
    ReminderStore store;

    @Argument(index = 0, name = "user", description = "Only this user's plans (username); everyone's by default")
    String user;

    @Override
    public Object execute() {
        Long userId = null;
        if (user != null) {
            Account account = Users.named(users, user).orElse(null);
            if (account == null) {
                return null;
            }
            userId = account.id();
        }
        List<ScheduleRow> rows = store.schedules(userId, MAX_ROWS);
        Map<Long, String> names = Users.names(users);
        ShellTable table = new ShellTable();
        table.column("User");
        table.column("Routine");
        table.column("Times");
        table.column("Days");
        table.column("Zone");
        table.column("Next");
        table.column("Snoozed until");
        table.column("Channels");
        for (ScheduleRow row : rows) {
            String zone = row.preferences() == null ? ReminderPreferences.defaults().timeZone()
                    : row.preferences().timeZone();
            table.addRow().addContent(names.getOrDefault(row.userId(), row.username()),
                    row.routineName() + " (" + row.routineId() + ")", Format.times(row.plan().times()),
                    Format.days(row.state().days()), zone,
                    row.plan().enabled() ? Format.at(row.state().nextDue(), zone) : "paused",
                    Format.at(row.state().snoozeUntil(), zone),
                    row.plan().channelIds().isEmpty() ? "-" : String.join(" ", row.plan().channelIds()));
        }
        table.print(System.out);
        if (rows.size() == MAX_ROWS) {
            System.out.println("(the first " + MAX_ROWS + " plans; name a user to see theirs)");
        }
        return null;
    }
}
