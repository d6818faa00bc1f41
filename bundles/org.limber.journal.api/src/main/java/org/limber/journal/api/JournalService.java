package org.limber.journal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One user's pain journal. Every method takes the user's id and sees only that user's records: an id of another
 * user's record is answered as not found. Invalid input is a {@link JournalException} naming the field.
 */
@ProviderType
public interface JournalService {
    /**
     * Event Admin topic posted after a session that names a routine is added; never streamed to browsers. Properties:
     * {@code userId} (Long), {@code routineId} (String), {@code at} (Long, epoch milliseconds of the session).
     */
    String SESSION_ADDED_TOPIC = "org/limber/internal/journal/SESSION_ADDED";

    /** Saves a check-in. One that reports red flags is saved too, and waits for acknowledgement. */
    CheckIn addCheckIn(long userId, CheckInData data);

    Optional<CheckIn> checkIn(long userId, long checkInId);

    /** Check-ins from {@code from} (inclusive) to {@code to} (exclusive), newest first, at most {@code limit}. */
    List<CheckIn> checkIns(long userId, Instant from, Instant to, int limit);

    void deleteCheckIn(long userId, long checkInId);

    /** The user confirms they saw that the reported red flags need urgent medical attention. */
    CheckIn acknowledgeRedFlags(long userId, long checkInId);

    SessionEntry addSession(long userId, SessionData data);

    Optional<SessionEntry> session(long userId, long sessionId);

    List<SessionEntry> sessions(long userId, Instant from, Instant to, int limit);

    void deleteSession(long userId, long sessionId);

    void markDay(long userId, DayMark mark);

    void unmarkDay(long userId, LocalDate day);

    List<DayMark> dayMarks(long userId, LocalDate from, LocalDate to);

    Plan plan(long userId);

    Plan setPlan(long userId, Plan plan);

    /** The newest check-in whose red flags are not acknowledged: guided sessions hold back while there is one. */
    Optional<CheckIn> pendingRedFlags(long userId);

    Insights insights(long userId);

    JournalExport export(long userId);

    /**
     * Imports an export into this user's journal, which must be empty (else CONFLICT); all or nothing.
     *
     * @return what was imported, as it is now stored
     */
    JournalExport importAll(long userId, JournalExport data);
}
