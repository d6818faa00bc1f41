package org.limber.reminder.api;

import java.util.List;

/**
 * A channel as a user sees it.
 *
 * @param installed    false when a routine's plan names it but it is not installed now: its reminders wait
 * @param addressLabel what to enter as address, or null when none is needed
 * @param ready        whether this user can receive on it (installed and, if needed, an address is set)
 */
public record ChannelInfo(String id, String label, boolean installed, String addressLabel, List<String> optionKeys,
                          boolean ready) {
    public ChannelInfo {
        optionKeys = optionKeys == null ? List.of() : List.copyOf(optionKeys);
    }
}
