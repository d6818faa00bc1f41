package org.limber.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ETagsTest {
    private final String tag = ETags.of(12, "q=knee&inBed=true");

    @Test
    void sameRevisionAndVariantGiveTheSameTag() {
        assertEquals(tag, ETags.of(12, "q=knee&inBed=true"));
    }

    @Test
    void differentRevisionOrVariantGiveDifferentTags() {
        assertNotEquals(tag, ETags.of(13, "q=knee&inBed=true"));
        assertNotEquals(tag, ETags.of(12, "q=knee&inBed=false"));
        assertNotEquals(tag, ETags.of(12, ""));
        assertNotEquals(ETags.of(1, "a"), ETags.of(11, ""), "revision and variant must not run together");
    }

    @Test
    void tagIsAWeakQuotedEntityTag() {
        assertTrue(tag.startsWith("W/\""), tag);
        assertTrue(tag.endsWith("\""), tag);
        String opaque = tag.substring(3, tag.length() - 1);
        assertFalse(opaque.contains("\""), tag);
        assertFalse(opaque.contains(","), "a comma would split the tag in If-None-Match lists: " + tag);
        assertFalse(opaque.contains(" "), tag);
    }

    @Test
    void tagDoesNotCarryTheVariantsText() {
        assertFalse(tag.contains("knee"), "query strings may hold private values: " + tag);
    }

    @Test
    void exactTagMatches() {
        assertTrue(ETags.matches(tag, tag));
    }

    @Test
    void comparisonIsWeak() {
        String strong = tag.substring(2);

        assertTrue(ETags.matches(strong, tag), "a strong copy of a weak tag matches");
        assertTrue(ETags.matches(tag, strong), "a weak copy of a strong tag matches");
    }

    @Test
    void otherTagDoesNotMatch() {
        assertFalse(ETags.matches(ETags.of(13, "q=knee&inBed=true"), tag));
        assertFalse(ETags.matches("W/\"something-else\"", tag));
        assertFalse(ETags.matches("W/", tag));
    }

    @Test
    void anyTagInAListMatches() {
        assertTrue(ETags.matches("\"a\", " + tag + " , W/\"b\"", tag));
        assertTrue(ETags.matches("\"a\"," + tag, tag));
        assertFalse(ETags.matches("\"a\", W/\"b\"", tag));
    }

    @Test
    void starMatchesAnyTag() {
        assertTrue(ETags.matches("*", tag));
        assertTrue(ETags.matches(" * ", tag));
        assertTrue(ETags.matches("\"a\", *", tag));
    }

    @Test
    void missingOrBlankHeaderNeverMatches() {
        assertFalse(ETags.matches(null, tag));
        assertFalse(ETags.matches("", tag));
        assertFalse(ETags.matches("   ", tag));
    }
}
