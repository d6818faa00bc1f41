package org.limber.account.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in rate limits per username and per client address. Each attempt counts as a failure as soon as it starts,
 * so that a burst of parallel guesses cannot slip past the limit while their hashes are computed; a successful
 * sign-in then clears its username and takes its attempt back from the address (but not the address's other
 * failures: one good account must not launder the guesses made from the same place).
 */
final class LoginThrottle {
    /** Keys kept per limit; each costs a few hundred bytes, so both limits together stay within a few MB. */
    static final int MAX_KEYS = 20_000;
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?");

    private final FailureWindow perAccount;
    private final FailureWindow perAddress;
    private final Clock clock;

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this.perAccount = new FailureWindow(maxPerAccount, window, MAX_KEYS);
        this.perAddress = new FailureWindow(maxPerAddress, window, MAX_KEYS);
        this.clock = clock;
    }

    /**
     * Starts an attempt: empty when it may go on (and it now counts as a failure), else how long to wait. A refused
     * attempt does not count, so waiting out the period always helps.
     */
    synchronized Optional<Duration> begin(String username, String address) {
        var now = clock.instant();
        String account = key(username);
        String network = network(address);
        Optional<Duration> accountWait = perAccount.blockedFor(account, now);
        Optional<Duration> addressWait = perAddress.blockedFor(network, now);
        if (accountWait.isPresent() || addressWait.isPresent()) {
            Duration wait = accountWait.orElse(Duration.ZERO);
            return Optional.of(addressWait.filter(w -> w.compareTo(wait) > 0).orElse(wait));
        }
        perAccount.record(account, now);
        perAddress.record(network, now);
        return Optional.empty();
    }

    synchronized void succeeded(String username, String address) {
        perAccount.clear(key(username));
        perAddress.withdrawLatest(network(address));
    }

    synchronized int trackedKeys() {
        return perAccount.size() + perAddress.size();
    }

    /** IPv6 clients usually hold a whole /64, so they are limited per /64. */
    static String network(String address) {
        if (address != null && address.indexOf(':') >= 0 && IPV6.matcher(address).matches()) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
                }
            } catch (UnknownHostException e) {
                // not a literal after all: fall through and use the text
            }
        }
        return key(address);
    }

    /** Long keys are hashed so that hostile input cannot inflate memory. */
    private static String key(String value) {
        String text = value == null ? "" : value;
        if (text.length() <= 64) {
            return text;
        }
        try {
            return "#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
