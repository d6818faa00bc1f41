package org.limber.journal.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.SessionEntry;

/**
 * How pain moved over the recent check-ins. Every rule needs a minimum number of check-ins, so that a single bad
 * or good day says nothing on its own.
 *
 * <ul>
 * <li>Pain change: the average of the last {@link #PERIOD} against the {@link #PERIOD} before, each with at least
 * {@link #MIN_CHECK_INS} check-ins, for back and leg pain separately. A change of {@link #CLEAR_CHANGE} points or
 * more on the 0-10 scale is clear (about the smallest change people notice as real on this scale).</li>
 * <li>Leg-pain extent: the check-ins of the last {@link #PERIOD} (at least {@link #MIN_EXTENT_CHECK_INS}), oldest
 * first, split into an earlier and a later half; when the later half reaches on average at least one level further
 * down the leg (buttock, thigh, below the knee, foot) pain is spreading, one level nearer the spine it is
 * centralizing.</li>
 * <li>No improvement: {@link #PRACTICE_WEEKS} weeks of regular practice (at least {@link #REGULAR_SESSIONS}
 * sessions in each of the last three 7-day blocks), and neither back nor leg pain averaging at least
 * {@link #MEANINGFUL_FALL} point less in the last block than in the first (each block with at least
 * {@link #MIN_BLOCK_CHECK_INS} check-ins), while the pain is more than mild (an average above {@link #MILD}).</li>
 * </ul>
 */
final class PainTrends {
    static final Duration PERIOD = Duration.ofDays(14);
    static final int MIN_CHECK_INS = 3;
    static final double CLEAR_CHANGE = 2.0;
    static final int MIN_EXTENT_CHECK_INS = 4;
    static final double EXTENT_SHIFT = 1.0;
    static final int PRACTICE_WEEKS = 3;
    static final int REGULAR_SESSIONS = 2;
    static final int MIN_BLOCK_CHECK_INS = 2;
    static final double MEANINGFUL_FALL = 1.0;
    static final double MILD = 2.0;

    /** Average pain of the recent period minus that of the period before: positive is worse. */
    record PainChange(double back, double leg) {
        boolean worsening() {
            return Math.max(back, leg) >= CLEAR_CHANGE;
        }

        boolean improving() {
            return !worsening() && Math.min(back, leg) <= -CLEAR_CHANGE;
        }

        /** The part that changed most in the direction that counts: "leg" or "back". */
        String mostChanged(boolean rising) {
            if (rising) {
                return leg >= back ? "leg" : "back";
            }
            return leg <= back ? "leg" : "back";
        }
    }

    enum ExtentShift {
        CENTRALIZING,
        STEADY,
        PERIPHERALIZING
    }

    private PainTrends() {
    }

    /** @param checkIns oldest first */
    static Optional<PainChange> painChange(List<CheckIn> checkIns, Instant now) {
        Instant recentFrom = now.minus(PERIOD);
        Instant earlierFrom = recentFrom.minus(PERIOD);
        Average recent = Average.of(checkIns, c -> c.data().at().isAfter(recentFrom));
        Average earlier = Average.of(checkIns,
                c -> c.data().at().isAfter(earlierFrom) && !c.data().at().isAfter(recentFrom));
        if (recent.count() < MIN_CHECK_INS || earlier.count() < MIN_CHECK_INS) {
            return Optional.empty();
        }
        return Optional.of(new PainChange(recent.back() - earlier.back(), recent.leg() - earlier.leg()));
    }

    /** @param checkIns oldest first */
    static ExtentShift extentShift(List<CheckIn> checkIns, Instant now) {
        Instant from = now.minus(PERIOD);
        List<CheckIn> recent = checkIns.stream().filter(c -> c.data().at().isAfter(from)).toList();
        if (recent.size() < MIN_EXTENT_CHECK_INS) {
            return ExtentShift.STEADY;
        }
        int half = recent.size() / 2;
        double shift = Average.of(recent.subList(recent.size() - half, recent.size()), c -> true).extent()
                - Average.of(recent.subList(0, half), c -> true).extent();
        if (shift >= EXTENT_SHIFT) {
            return ExtentShift.PERIPHERALIZING;
        }
        return shift <= -EXTENT_SHIFT ? ExtentShift.CENTRALIZING : ExtentShift.STEADY;
    }

    static boolean noImprovement(List<CheckIn> checkIns, List<SessionEntry> sessions, ZoneId zone,
                                 LocalDate today) {
        for (int block = 0; block < PRACTICE_WEEKS; block++) {
            LocalDate last = today.minusDays(7L * block);
            LocalDate first = last.minusDays(6);
            long count = sessions.stream().map(s -> LocalDate.ofInstant(s.data().at(), zone))
                    .filter(d -> !d.isBefore(first) && !d.isAfter(last)).count();
            if (count < REGULAR_SESSIONS) {
                return false;
            }
        }
        Average recent = Average.of(checkIns, inBlock(0, zone, today));
        Average baseline = Average.of(checkIns, inBlock(PRACTICE_WEEKS - 1, zone, today));
        if (recent.count() < MIN_BLOCK_CHECK_INS || baseline.count() < MIN_BLOCK_CHECK_INS) {
            return false;
        }
        if (Math.max(recent.back(), recent.leg()) <= MILD) {
            return false;
        }
        return baseline.back() - recent.back() < MEANINGFUL_FALL && baseline.leg() - recent.leg() < MEANINGFUL_FALL;
    }

    private static Predicate<CheckIn> inBlock(int block, ZoneId zone, LocalDate today) {
        LocalDate last = today.minusDays(7L * block);
        LocalDate first = last.minusDays(6);
        return c -> {
            LocalDate day = LocalDate.ofInstant(c.data().at(), zone);
            return !day.isBefore(first) && !day.isAfter(last);
        };
    }

    private record Average(int count, double back, double leg, double extent) {
        static Average of(List<CheckIn> checkIns, Predicate<CheckIn> filter) {
            int count = 0;
            long back = 0;
            long leg = 0;
            long extent = 0;
            for (CheckIn checkIn : checkIns) {
                if (filter.test(checkIn)) {
                    count++;
                    back += checkIn.data().backPain();
                    leg += checkIn.data().legPain();
                    extent += checkIn.data().legExtent().ordinal();
                }
            }
            if (count == 0) {
                return new Average(0, 0, 0, 0);
            }
            return new Average(count, (double) back / count, (double) leg / count, (double) extent / count);
        }
    }
}
