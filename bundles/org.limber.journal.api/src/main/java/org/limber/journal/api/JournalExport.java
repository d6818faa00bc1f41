package org.limber.journal.api;

import java.time.Instant;
import java.util.List;

/**
 * Everything in one user's journal, for export and for import into an empty journal. Record ids are those of the
 * exporting instance; an import gives new ids and keeps the links between check-ins and sessions.
 */
public record JournalExport(int formatVersion, Instant exportedAt, Plan plan, List<CheckIn> checkIns,
                            List<SessionEntry> sessions, List<DayMark> days) {
    public static final int FORMAT_VERSION = 1;

    public JournalExport {
        checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        days = days == null ? List.of() : List.copyOf(days);
    }
}
