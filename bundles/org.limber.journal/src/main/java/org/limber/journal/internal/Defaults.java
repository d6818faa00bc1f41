package org.limber.journal.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Sides;

/**
 * Fills what the user may leave out and cuts times to the millisecond the database keeps, so that what a write
 * answers equals what a later read returns. Leaves nulls where a value is required, for the validator to name.
 */
final class Defaults {
    private Defaults() {
    }

    /** @param defaultAt the time of a check-in that has none, or {@code null} to leave it missing */
    static CheckInData checkIn(CheckInData data, Instant defaultAt) {
        if (data == null) {
            return null;
        }
        return new CheckInData(data.at() == null ? defaultAt : millis(data.at()),
                data.timing() == null ? CheckInTiming.STANDALONE : data.timing(), data.sessionId(), data.backPain(),
                data.legPain(), data.legExtent(), data.numbness(), data.tingling(), data.weakness(),
                data.sittingMinutes(), data.sleepQuality(), data.flare(), data.redFlags(), data.notes());
    }

    /** @param defaultAt the time of a session that has none, or {@code null} to leave it missing */
    static SessionData session(SessionData data, Instant defaultAt) {
        if (data == null) {
            return null;
        }
        return new SessionData(data.at() == null ? defaultAt : millis(data.at()), data.routineId(),
                data.routineName(), data.durationMinutes(),
                data.exercises().stream().map(Defaults::exercise).toList(), data.notes());
    }

    private static ExerciseDone exercise(ExerciseDone e) {
        if (e == null || e.sides() != null) {
            return e;
        }
        return new ExerciseDone(e.exerciseId(), e.name(), e.outcome(), e.sets(), e.reps(), e.holdSeconds(),
                Sides.NOT_SIDED, e.response(), e.notes());
    }

    /** An export keeps its times; a record without a time of recording was recorded now. */
    static JournalExport export(JournalExport data, Instant now) {
        if (data == null) {
            return null;
        }
        return new JournalExport(data.formatVersion(), data.exportedAt(), data.plan(),
                data.checkIns().stream().map(c -> new CheckIn(c.id(), checkIn(c.data(), null),
                        orNow(c.recordedAt(), now), millis(c.redFlagsAcknowledgedAt()))).toList(),
                data.sessions().stream().map(s -> new SessionEntry(s.id(), session(s.data(), null),
                        orNow(s.recordedAt(), now))).toList(),
                data.days());
    }

    private static Instant orNow(Instant value, Instant now) {
        return value == null ? now : millis(value);
    }

    static Instant millis(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MILLIS);
    }
}
