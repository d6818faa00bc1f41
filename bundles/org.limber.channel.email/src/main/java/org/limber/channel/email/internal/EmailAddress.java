package org.limber.channel.email.internal;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** What a user may enter as their email address: one bare address, strictly valid. */
final class EmailAddress {
    static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** Empty when usable, else the problem in the user's terms. */
    static Optional<String> check(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("Enter your email address.");
        }
        String bare = address.strip();
        if (bare.length() > MAX_LENGTH) {
            return Optional.of("An email address has at most " + MAX_LENGTH + " characters.");
        }
        InternetAddress parsed;
        try {
            parsed = AngusContext.call(() -> new InternetAddress(bare, true));
        } catch (AddressException e) {
            return Optional.of("This is not a valid email address; enter it as name@example.org.");
        }
        if (parsed.isGroup() || parsed.getPersonal() != null || !bare.equals(parsed.getAddress())
                || bare.indexOf('@') <= 0) {
            return Optional.of("Enter the address alone (name@example.org), without a name or angle brackets.");
        }
        return Optional.empty();
    }
}
