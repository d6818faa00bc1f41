package org.limber.reminder.shell.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleRow;

@Command(scope = "limber", name = "channels", description = "Lists reminder channels: the installed ones and any "
        + "with deliveries waiting for them, with their pending and retrying deliveries")
@Service
public class ChannelsCommand implements Action {
    /** Each user's newest deliveries looked at; older open ones are rare (retries end within hours). */
    static final int PER_USER = 500;

    @Reference(optional = true)
    List<ReminderChannel> channels;

    @Reference
    ReminderStore store;

    @Override
    public Object execute() {
        Map<String, ReminderChannel> installed = new TreeMap<>();
        if (channels != null) {
            channels.forEach(channel -> installed.put(channel.id(), channel));
        }
        Map<String, int[]> open = openDeliveries();
        Set<String> ids = new TreeSet<>(installed.keySet());
        ids.addAll(open.keySet());
        ShellTable table = new ShellTable();
        table.column("Channel");
        table.column("Label");
        table.column("Installed");
        table.column("Address");
        table.column("Pending");
        table.column("Retrying");
        for (String id : ids) {
            ReminderChannel channel = installed.get(id);
            int[] counts = open.getOrDefault(id, new int[2]);
            table.addRow().addContent(id, channel == null ? "" : channel.label(), channel == null ? "no (waiting)" : "yes",
                    channel == null ? "" : channel.addressLabel() == null ? "(username)" : channel.addressLabel(),
                    counts[0], counts[1]);
        }
        table.print(System.out);
        return null;
    }

    /** Pending and retrying deliveries by channel, over every user with a plan. */
    private Map<String, int[]> openDeliveries() {
        Set<Long> userIds = new TreeSet<>();
        for (ScheduleRow row : store.schedules(null, Integer.MAX_VALUE)) {
            userIds.add(row.userId());
        }
        Map<String, int[]> open = new TreeMap<>();
        for (long userId : userIds) {
            for (Delivery delivery : store.deliveries(userId, PER_USER)) {
                if (delivery.status() == DeliveryStatus.PENDING) {
                    open.computeIfAbsent(delivery.channelId(), id -> new int[2])[0]++;
                } else if (delivery.status() == DeliveryStatus.RETRYING) {
                    open.computeIfAbsent(delivery.channelId(), id -> new int[2])[1]++;
                }
            }
        }
        return open;
    }
}
