package org.limber.storage.internal;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** Days of the week as stored: a bit mask, Monday 1, Tuesday 2, Wednesday 4 ... Sunday 64. */
final class DayMask {
    private DayMask() {
    }

    static int of(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    static Set<DayOfWeek> days(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & 1 << (day.getValue() - 1)) != 0) {
                days.add(day);
            }
        }
        return days;
    }
}
