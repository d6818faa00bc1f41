package org.limber.journal.api;

import java.time.LocalDate;

/** A day the user marked, in their own time zone. */
public record DayMark(LocalDate day, DayKind kind) {
}
