package org.limber.account.internal;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An argon2id hash as a PHC string: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in base64
 * without padding. The parameters travel with the hash, so they can be raised later without breaking old hashes.
 */
record Argon2Hash(Cost cost, byte[] salt, byte[] hash) {
    static final int VERSION = 0x13;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");

    /** The cost of one hash: memory in KiB, passes over it, lanes. */
    record Cost(int memoryKiB, int iterations, int parallelism) {
        Cost {
            if (parallelism < 1 || parallelism > 16 || iterations < 1 || iterations > 100
                    || memoryKiB < 8 * parallelism || memoryKiB > 4 * 1024 * 1024) {
                throw new IllegalArgumentException("argon2 parameters out of range: m=" + memoryKiB + ", t="
                        + iterations + ", p=" + parallelism);
            }
        }

        /** Costs less than {@code other} in memory or time, or differs in lanes. */
        boolean weakerThan(Cost other) {
            return memoryKiB < other.memoryKiB || iterations < other.iterations || parallelism != other.parallelism;
        }
    }

    /** Empty when the text is not an argon2id hash this code can check (never throws on stored garbage). */
    static Optional<Argon2Hash> parse(String phc) {
        if (phc == null) {
            return Optional.empty();
        }
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Cost cost = new Cost(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            Base64.Decoder decoder = Base64.getDecoder();
            return Optional.of(new Argon2Hash(cost, decoder.decode(m.group(4)), decoder.decode(m.group(5))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String format() {
        Base64.Encoder encoder = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p="
                + cost.parallelism() + "$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(hash);
    }

    @Override
    public String toString() {
        return "Argon2Hash[" + cost + "]";
    }
}
