package org.limber.reminder.api;

import java.util.Map;

/** A user's address on one channel, with its options (preset, signing secret, ...). */
public record ChannelAddress(String channelId, String address, Map<String, String> options) {
    public ChannelAddress {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    @Override
    public String toString() {
        return "ChannelAddress[channelId=" + channelId + "]";
    }
}
