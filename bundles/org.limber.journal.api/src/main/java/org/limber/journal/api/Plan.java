package org.limber.journal.api;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the user aims for.
 *
 * @param sessionsPerWeek 1 to 21
 * @param restDays        weekdays planned as rest: they never break a streak
 * @param zone            the user's time zone: days, weeks and streaks are counted in it
 */
public record Plan(int sessionsPerWeek, Set<DayOfWeek> restDays, ZoneId zone) {
    public Plan {
        restDays = restDays == null ? Set.of() : Set.copyOf(restDays);
    }

    public static final Plan DEFAULT = new Plan(5, Set.of(), ZoneId.of("UTC"));
}
