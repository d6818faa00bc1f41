package org.limber.account.rest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The reverse proxies Limber believes. A request from one of them is taken to come from the last address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy, and to have been made over HTTPS when
 * {@code X-Forwarded-Proto} says so. From anyone else those headers are ignored: a client could write anything there.
 */
final class TrustedProxies {
    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxies.class);
    private static final int MAX_HOPS = 20;

    /** Where a request really comes from and how it reached the proxy in front (if any). */
    record Client(String address, boolean secure, String forwardedHost) {
    }

    private final List<IpRange> ranges;

    TrustedProxies(List<IpRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Entries may also hold several values separated by commas or spaces, as a .cfg file gives them. */
    static TrustedProxies parse(String[] entries) {
        List<IpRange> ranges = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            for (String value : entry.split("[,\\s]+")) {
                if (value.isBlank()) {
                    continue;
                }
                Optional<IpRange> range = IpRange.parse(value);
                if (range.isPresent()) {
                    ranges.add(range.get());
                } else {
                    LOG.warn("Configuration {}: trusted proxy '{}' is not an IP address or CIDR range; ignored",
                            WebConfig.PID, value);
                }
            }
        }
        return new TrustedProxies(ranges);
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean trusts(String address) {
        Optional<byte[]> bytes = IpRange.address(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    Client client(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (ranges.isEmpty() || !trusts(remote)) {
            return new Client(remote, request.isSecure(), null);
        }
        String client = remote;
        List<String> hops = values(request, "X-Forwarded-For");
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            String hop = withoutPort(hops.get(i));
            if (IpRange.address(hop).isEmpty()) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        List<String> protos = values(request, "X-Forwarded-Proto");
        boolean secure = request.isSecure()
                || (!protos.isEmpty() && "https".equals(protos.get(0).toLowerCase(Locale.ROOT)));
        List<String> hosts = values(request, "X-Forwarded-Host");
        return new Client(client, secure, hosts.isEmpty() ? null : hosts.get(0));
    }

    private static List<String> values(HttpServletRequest request, String header) {
        List<String> values = new ArrayList<>();
        for (String line : Collections.list(request.getHeaders(header))) {
            for (String value : line.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    /** {@code 192.0.2.1:4711} and {@code [2001:db8::1]:443} without the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}
