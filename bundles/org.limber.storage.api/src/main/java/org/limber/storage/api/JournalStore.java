package org.limber.storage.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The journal's records. Every method is scoped to one user: a record id of another user behaves exactly like an
 * id that does not exist. Data arrives validated by the journal service. Each write is one durable transaction.
 */
@ProviderType
public interface JournalStore {

    CheckIn addCheckIn(long userId, CheckInData data, Instant recordedAt);

    Optional<CheckIn> checkIn(long userId, long checkInId);

    /** From inclusive, to exclusive, by {@code data.at} newest first. */
    List<CheckIn> checkIns(long userId, Instant from, Instant to, int limit);

    boolean deleteCheckIn(long userId, long checkInId);

    /** Sets the acknowledgement time if not set yet; false when there is no such check-in. */
    boolean acknowledgeRedFlags(long userId, long checkInId, Instant at);

    SessionEntry addSession(long userId, SessionData data, Instant recordedAt);

    Optional<SessionEntry> session(long userId, long sessionId);

    /** From inclusive, to exclusive, by {@code data.at} newest first, exercises in their order. */
    List<SessionEntry> sessions(long userId, Instant from, Instant to, int limit);

    /** Also clears the session link of check-ins that referred to it. */
    boolean deleteSession(long userId, long sessionId);

    /** Replaces the mark of that day, if any. */
    void putDayMark(long userId, DayMark mark);

    boolean deleteDayMark(long userId, LocalDate day);

    /** Both inclusive, oldest first. */
    List<DayMark> dayMarks(long userId, LocalDate from, LocalDate to);

    Optional<Plan> plan(long userId);

    void putPlan(long userId, Plan plan);

    /** No check-ins, sessions, day marks or plan. */
    boolean isEmpty(long userId);

    /**
     * Stores a whole export in one transaction, with new ids, the check-ins' session links mapped to the new
     * session ids. Fails (changing nothing) when the journal is not empty.
     */
    JournalExport importAll(long userId, JournalExport data);
}
