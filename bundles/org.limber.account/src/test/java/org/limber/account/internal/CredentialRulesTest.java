package org.limber.account.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.limber.account.api.AccountException;
import org.limber.account.api.AccountException.Reason;

class CredentialRulesTest {
    private static final CredentialRules RULES = CredentialRules.standard();

    private static AccountException refused(Runnable check) {
        AccountException e = assertThrows(AccountException.class, check::run);
        assertEquals(Reason.INVALID, e.reason());
        return e;
    }

    @Test
    void passwordsFrom8To128CharactersAreAccepted() {
        assertDoesNotThrow(() -> RULES.password("password", "kz7-Hq2w", "ann"));
        assertDoesNotThrow(() -> RULES.password("password", "x".repeat(64) + "y".repeat(64), "ann"));
    }

    @Test
    void tooShortAndTooLongPasswordsAreRefusedNamingTheField() {
        AccountException shortOne = refused(() -> RULES.password("newPassword", "kz7-Hq2", "ann"));
        AccountException longOne = refused(() -> RULES.password("password", "x".repeat(65) + "y".repeat(64), "ann"));

        assertEquals("newPassword", shortOne.field());
        assertTrue(shortOne.getMessage().contains("too short"), shortOne.getMessage());
        assertEquals("password", longOne.field());
        assertTrue(longOne.getMessage().contains("too long"), longOne.getMessage());
        assertEquals("password", refused(() -> RULES.password("password", "", "ann")).field());
        assertEquals("password", refused(() -> RULES.password("password", null, "ann")).field());
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String sevenEmoji = "\uD83E\uDDD8".repeat(7);
        String eightEmoji = "\uD83E\uDDD8".repeat(8);
        String maxEmoji = "\uD83E\uDDD8".repeat(128);

        refused(() -> RULES.password("password", sevenEmoji, "ann"));
        assertDoesNotThrow(() -> RULES.password("password", eightEmoji, "ann"));
        assertDoesNotThrow(() -> RULES.password("password", maxEmoji, "ann"), "256 UTF-16 units, 128 characters");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"password", "12345678", "iloveyou1", "Password1", "QWERTYUIOP",
                "football"}) {
            AccountException e = refused(() -> RULES.password("password", common, "ann"));
            assertTrue(e.getMessage().contains("commonly used"), common + ": " + e.getMessage());
        }
    }

    @Test
    void theListIsNbvcxzsAndLoaded() {
        CommonPasswords list = CommonPasswords.load(8);

        assertTrue(list.size() > 30_000, "entries of 8 or more characters: " + list.size());
        assertTrue(list.contains("baseball"));
        assertFalse(list.contains("123456"), "too short to matter: the length rule refuses it anyway");
        assertFalse(list.contains("ptarmigan-velvet-51"));
    }

    @Test
    void thePasswordMustNotBeTheUsername() {
        AccountException e = refused(() -> RULES.password("password", "Ann.Smith-1", "ann.smith-1"));
        assertEquals("password", e.field());
        assertTrue(e.getMessage().contains("username"));
    }

    @Test
    void usernamesAreTrimmedAndLowerCased() {
        assertEquals("ann.smith_2-b", RULES.username("  Ann.Smith_2-B \t"));
        assertEquals("ann", CredentialRules.normalize(" ANN "));
        assertEquals("", CredentialRules.normalize(null));
    }

    @Test
    void usernamesOutsideTheRulesAreRefusedNamingTheField() {
        for (String bad : new String[] {null, "", "   ", "an", "a".repeat(65), "ann smith", "ann@example.org",
                "änn", "ann/..", "an\nn"}) {
            AccountException e = refused(() -> RULES.username(bad));
            assertEquals("username", e.field(), String.valueOf(bad));
        }
        assertEquals("abc", RULES.username("abc"));
        assertEquals("a".repeat(64), RULES.username("A".repeat(64)));
    }

    @Test
    void aLowerCasedTurkishIStaysOutOfTheUsername() {
        // Locale.ROOT: "I" becomes "i", never a dotless i, whatever the server's locale
        assertEquals("ilhan", RULES.username("ILHAN"));
    }
}
