package org.limber.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.limber.account.internal.Argon2Hash.Cost;

/**
 * Password hashing with argon2id (Bouncy Castle). Passwords are NFKC-normalized first, so the same password typed on
 * different keyboards matches. At most a few hashes run at once: each one holds its memory cost on the heap, and a
 * burst of sign-ins must not exhaust it.
 */
final class PasswordHasher {
    /** OWASP's first argon2id configuration; about 40 ms per hash on a small 2-core server. */
    static final Cost STANDARD = new Cost(19 * 1024, 2, 1);
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Cost cost;
    private final SecureRandom random = new SecureRandom();
    private final Semaphore running;
    /** Checked for unknown usernames, so that they take as long as wrong passwords; made on first use. */
    private volatile String dummy;

    PasswordHasher(Cost cost) {
        this.cost = cost;
        this.running = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    }

    Cost cost() {
        return cost;
    }

    /** A new PHC string with a fresh random salt. */
    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new Argon2Hash(cost, salt, derive(password, cost, salt, HASH_BYTES)).format();
    }

    /** Whether the password matches the stored hash; false for a hash that cannot be read. */
    boolean verify(String password, String phc) {
        Optional<Argon2Hash> stored = Argon2Hash.parse(phc);
        if (stored.isEmpty()) {
            return false;
        }
        Argon2Hash expected = stored.get();
        byte[] actual = derive(password, expected.cost(), expected.salt(), expected.hash().length);
        return MessageDigest.isEqual(actual, expected.hash());
    }

    /** Spends the time of a verification and fails, for a username that does not exist. */
    boolean verifyDummy(String password) {
        String target = dummy;
        if (target == null) {
            byte[] nothing = new byte[24];
            random.nextBytes(nothing);
            target = hash(new String(nothing, StandardCharsets.ISO_8859_1));
            dummy = target;
        }
        verify(password, target);
        return false;
    }

    /** The stored hash is weaker than what this hasher makes now (or unreadable): hash again after sign-in. */
    boolean needsRehash(String phc) {
        return Argon2Hash.parse(phc).map(h -> h.cost().weakerThan(cost)).orElse(true);
    }

    private byte[] derive(String password, Cost cost, byte[] salt, int length) {
        byte[] secret = Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFKC)
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        running.acquireUninterruptibly();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Hash.VERSION)
                    .withMemoryAsKB(cost.memoryKiB())
                    .withIterations(cost.iterations())
                    .withParallelism(cost.parallelism())
                    .withSalt(salt)
                    .build());
            generator.generateBytes(secret, out);
            return out;
        } finally {
            running.release();
            Arrays.fill(secret, (byte) 0);
        }
    }
}
