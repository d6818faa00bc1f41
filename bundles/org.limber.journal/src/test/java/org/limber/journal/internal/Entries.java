package org.limber.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Sides;

/** Journal records for the calculator tests, around a fixed "now" (a Wednesday, noon UTC). */
final class Entries {
    static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private static final AtomicLong IDS = new AtomicLong(1);

    private Entries() {
    }

    /** Noon UTC of the day {@code daysAgo} before today. */
    static Instant daysAgo(int daysAgo) {
        return TODAY.minusDays(daysAgo).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static CheckIn checkIn(Instant at, int back, int leg, PainExtent extent) {
        return new CheckIn(IDS.getAndIncrement(), data(at, back, leg, extent, false, Set.of()), at, null);
    }

    static CheckIn flare(Instant at) {
        return new CheckIn(IDS.getAndIncrement(), data(at, 6, 6, PainExtent.THIGH, true, Set.of()), at, null);
    }

    static CheckIn redFlags(Instant at, Instant acknowledgedAt, String... flags) {
        return new CheckIn(IDS.getAndIncrement(), data(at, 8, 8, PainExtent.FOOT, false, Set.of(flags)), at,
                acknowledgedAt);
    }

    static CheckInData data(Instant at, int back, int leg, PainExtent extent, boolean flare, Set<String> redFlags) {
        return new CheckInData(at, CheckInTiming.STANDALONE, null, back, leg, extent, false, false, false, null, null,
                flare, redFlags, null);
    }

    static SessionEntry session(Instant at, ExerciseDone... exercises) {
        return new SessionEntry(IDS.getAndIncrement(), new SessionData(at, null, null, 10, List.of(exercises), null),
                at);
    }

    static ExerciseDone done(String id, Response response) {
        return new ExerciseDone(id, name(id), Outcome.DONE, 1, 3, 30, Sides.BOTH, response, null);
    }

    static ExerciseDone skipped(String id) {
        return new ExerciseDone(id, name(id), Outcome.SKIPPED, null, null, null, Sides.BOTH, null, null);
    }

    static ExerciseDone stopped(String id, Response response) {
        return new ExerciseDone(id, name(id), Outcome.STOPPED, 1, 1, 10, Sides.LEFT, response, null);
    }

    private static String name(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }
}
