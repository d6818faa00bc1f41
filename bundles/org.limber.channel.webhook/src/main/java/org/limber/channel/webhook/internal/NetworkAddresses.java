package org.limber.channel.webhook.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** Which IP addresses belong to a private network rather than the public internet. */
final class NetworkAddresses {
    private NetworkAddresses() {
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 // "this network"
                || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64.0.0/10
                || (first == 198 && (second == 18 || second == 19)); // benchmarking 198.18.0.0/15
    }

    /** Whether a URL's host, an IP literal or a name, is private without asking DNS ({@code localhost} is). */
    static boolean isPrivateLiteral(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.endsWith(".localhost")) {
            return true;
        }
        boolean ipv6 = lower.startsWith("[") && lower.endsWith("]");
        boolean ipv4 = lower.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        if (!ipv6 && !ipv4) {
            return false;
        }
        try {
            // a literal (also the short forms 127.1 and 2130706433) is parsed, not looked up
            return isPrivate(InetAddress.getByName(ipv6 ? lower.substring(1, lower.length() - 1) : lower));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
