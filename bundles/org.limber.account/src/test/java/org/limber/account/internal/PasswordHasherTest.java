package org.limber.account.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.limber.account.internal.Argon2Hash.Cost;

class PasswordHasherTest {
    /** Cheap parameters for tests that are not about the cost. */
    private static final Cost CHEAP = new Cost(1024, 1, 1);
    private final PasswordHasher hasher = new PasswordHasher(CHEAP);

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String phc = hasher.hash("correct horse battery");

        assertTrue(hasher.verify("correct horse battery", phc));
        assertFalse(hasher.verify("correct horse batterY", phc));
        assertFalse(hasher.verify("", phc));
        assertFalse(hasher.verify(null, phc));
    }

    @Test
    void theStandardCostIsAtLeastOwaspsArgon2idConfiguration() {
        PasswordHasher standard = new PasswordHasher(PasswordHasher.STANDARD);
        String phc = standard.hash("correct horse battery");

        assertTrue(phc.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), phc);
        assertTrue(standard.verify("correct horse battery", phc));
    }

    @Test
    void theHashIsASelfDescribingPhcString() {
        String phc = hasher.hash("correct horse battery");
        String[] parts = phc.split("\\$");

        assertEquals(6, parts.length, phc);
        assertEquals("argon2id", parts[1]);
        assertEquals("v=19", parts[2]);
        assertEquals("m=1024,t=1,p=1", parts[3]);
        assertFalse(parts[4].contains("=") || parts[5].contains("="), "base64 without padding");
        assertEquals(16, Base64.getDecoder().decode(parts[4]).length, "16-byte salt");
        assertEquals(32, Base64.getDecoder().decode(parts[5]).length, "32-byte hash");
    }

    @Test
    void everyHashHasItsOwnSalt() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[4], second.split("\\$")[4]);
        assertTrue(hasher.verify("correct horse battery", second));
    }

    @Test
    void verifiesTheReferenceImplementationsTestVectors() {
        // phc-winner-argon2, src/test.c: password "password", salt "somesalt"
        String small = "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
        String large = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertTrue(hasher.verify("password", small));
        assertTrue(hasher.verify("password", large));
        assertFalse(hasher.verify("passwore", small));
    }

    @Test
    void parametersAreReadBackFromTheString() {
        Argon2Hash parsed = Argon2Hash.parse(
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc").orElseThrow();

        assertEquals(new Cost(65536, 2, 1), parsed.cost());
        assertEquals("somesalt", new String(parsed.salt(), StandardCharsets.US_ASCII));
        assertEquals(32, parsed.hash().length);
        assertEquals("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                parsed.format());
    }

    @Test
    void unreadableHashesNeverVerify() {
        for (String bad : new String[] {null, "", "password", "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=16$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=9999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4$",
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ=$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234"}) {
            assertFalse(hasher.verify("password", bad), String.valueOf(bad));
            assertTrue(hasher.needsRehash(bad), String.valueOf(bad));
        }
    }

    @Test
    void weakerStoredParametersNeedARehash() {
        PasswordHasher stronger = new PasswordHasher(new Cost(2048, 2, 1));

        assertTrue(stronger.needsRehash(hasher.hash("correct horse battery")));
        assertFalse(stronger.needsRehash(stronger.hash("correct horse battery")));
        assertFalse(hasher.needsRehash(stronger.hash("correct horse battery")), "stronger is fine");
    }

    @Test
    void passwordsAreComparedAfterUnicodeNormalization() {
        String composed = "caf\u00e9 au lait!";
        String decomposed = "cafe\u0301 au lait!";

        assertTrue(hasher.verify(decomposed, hasher.hash(composed)));
    }

    @Test
    void anUnknownUserCostsAsMuchAsAWrongPassword() {
        PasswordHasher standard = new PasswordHasher(PasswordHasher.STANDARD);
        String stored = standard.hash("correct horse battery");
        standard.verifyDummy("warm-up");
        standard.verify("warm-up", stored);

        long wrong = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            assertFalse(standard.verify("wrong password", stored));
            wrong = Math.min(wrong, System.nanoTime() - start);
            start = System.nanoTime();
            assertFalse(standard.verifyDummy("wrong password"));
            unknown = Math.min(unknown, System.nanoTime() - start);
        }
        double ratio = (double) unknown / wrong;
        assertTrue(ratio > 0.6 && ratio < 1.7, "unknown " + unknown / 1000 + " µs vs wrong " + wrong / 1000 + " µs");
    }
}
