package org.limber.reminder.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.ReminderException;
import org.limber.reminder.api.ReminderService;
import org.limber.reminder.api.spi.DeliveryOutcome;

@Command(scope = "limber", name = "remind-test", description = "Sends a test reminder through a channel to an address "
        + "and prints what the channel answered")
@Service
public class RemindTestCommand implements Action {
    @Reference
    ReminderService reminders;

    @Argument(index = 0, name = "channel", required = true, description = "Channel id, e.g. email")
    @Completion(ChannelIdCompleter.class)
    String channel;

    @Argument(index = 1, name = "address", required = true, description = "Where to send it: an email address, a "
            + "webhook URL, a username for the browser channel")
    String address;

    @Option(name = "-o", aliases = "--option", multiValued = true, description = "A channel option as key=value "
            + "(e.g. preset=ntfy)")
    List<String> options;

    @Override
    public Object execute() {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (options != null) {
            for (String option : options) {
                int equals = option.indexOf('=');
                if (equals <= 0) {
                    System.err.println("An option is key=value: " + option);
                    return null;
                }
                parsed.put(option.substring(0, equals), option.substring(equals + 1));
            }
        }
        DeliveryOutcome outcome;
        try {
            outcome = reminders.sendTest(channel, new ChannelAddress(channel, address, parsed));
        } catch (ReminderException e) {
            System.err.println((e.field() == null ? "" : e.field() + ": ") + e.getMessage());
            return null;
        }
        if (outcome instanceof DeliveryOutcome.Delivered delivered) {
            System.out.println("delivered" + (delivered.detail() == null ? "" : ": " + delivered.detail()));
        } else if (outcome instanceof DeliveryOutcome.Failed failed) {
            System.out.println((failed.retryable() ? "retryable" : "failed") + ": " + failed.reason());
        }
        return null;
    }
}
