package org.limber.journal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.Insights;
import org.limber.journal.api.JournalException;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.JournalService;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.safety.api.RedFlag;
import org.limber.safety.api.SafetyService;
import org.limber.storage.api.JournalStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The pain journal over the storage bundle's {@link JournalStore}: checks input, fills defaults (a check-in or
 * session without a time happened now; a check-in without timing stands alone; an exercise without sides is not
 * sided), keeps times to the millisecond the database stores, and computes insights.
 */
@Component(service = JournalService.class)
public class JournalComponent implements JournalService {
    /** Check-ins carry the red flags that need attention now; "see a professional" signs are not reported there. */
    static final Set<RedFlag.Urgency> CHECK_IN_URGENCIES = Set.of(RedFlag.Urgency.EMERGENCY, RedFlag.Urgency.URGENT);
    static final int MAX_LIMIT = 1000;

    private final JournalStore store;
    private final Clock clock;

    /** Tells the reminder scheduler a routine's session is done; the journal works without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    private final JournalValidator validator;

    @Activate
    public JournalComponent(@Reference JournalStore store, @Reference SafetyService safety) {
        this(store, safety, Clock.systemUTC());
    }

    JournalComponent(JournalStore store, SafetyService safety, Clock clock) {
        this.store = store;
        this.clock = clock;
        Set<String> redFlagIds = safety.content().redFlags().stream()
                .filter(flag -> CHECK_IN_URGENCIES.contains(flag.urgency())).map(RedFlag::id)
                .collect(Collectors.toUnmodifiableSet());
        this.validator = new JournalValidator(redFlagIds, clock);
    }

    @Override
    public CheckIn addCheckIn(long userId, CheckInData data) {
        Instant now = now();
        CheckInData normalized = Defaults.checkIn(data, now);
        validator.checkIn("", normalized, sessionId -> store.session(userId, sessionId).isPresent());
        return store.addCheckIn(userId, normalized, now);
    }

    @Override
    public Optional<CheckIn> checkIn(long userId, long checkInId) {
        return store.checkIn(userId, checkInId);
    }

    @Override
    public List<CheckIn> checkIns(long userId, Instant from, Instant to, int limit) {
        validator.limit(limit, MAX_LIMIT);
        return store.checkIns(userId, from, to, limit);
    }

    @Override
    public void deleteCheckIn(long userId, long checkInId) {
        if (!store.deleteCheckIn(userId, checkInId)) {
            throw notFound("check-in", checkInId);
        }
    }

    @Override
    public CheckIn acknowledgeRedFlags(long userId, long checkInId) {
        CheckIn checkIn = store.checkIn(userId, checkInId).orElseThrow(() -> notFound("check-in", checkInId));
        if (!checkIn.awaitsAcknowledgement()) {
            return checkIn;
        }
        if (!store.acknowledgeRedFlags(userId, checkInId, now())) {
            throw notFound("check-in", checkInId);
        }
        return store.checkIn(userId, checkInId).orElseThrow(() -> notFound("check-in", checkInId));
    }

    @Override
    public SessionEntry addSession(long userId, SessionData data) {
        Instant now = now();
        SessionData normalized = Defaults.session(data, now);
        validator.session("", normalized);
        SessionEntry entry = store.addSession(userId, normalized, now);
        EventAdmin events = this.events;
        if (events != null && normalized.routineId() != null) {
            events.postEvent(new Event(SESSION_ADDED_TOPIC, Map.of("userId", userId,
                    "routineId", normalized.routineId(), "at", normalized.at().toEpochMilli())));
        }
        return entry;
    }

    @Override
    public Optional<SessionEntry> session(long userId, long sessionId) {
        return store.session(userId, sessionId);
    }

    @Override
    public List<SessionEntry> sessions(long userId, Instant from, Instant to, int limit) {
        validator.limit(limit, MAX_LIMIT);
        return store.sessions(userId, from, to, limit);
    }

    @Override
    public void deleteSession(long userId, long sessionId) {
        if (!store.deleteSession(userId, sessionId)) {
            throw notFound("session", sessionId);
        }
    }

    @Override
    public void markDay(long userId, DayMark mark) {
        JournalValidator.dayMark("", mark, today(userId));
        store.putDayMark(userId, mark);
    }

    @Override
    public void unmarkDay(long userId, LocalDate day) {
        if (day == null || !store.deleteDayMark(userId, day)) {
            throw new JournalException(JournalException.Reason.NOT_FOUND, null, "The day " + day + " is not marked.");
        }
    }

    @Override
    public List<DayMark> dayMarks(long userId, LocalDate from, LocalDate to) {
        return store.dayMarks(userId, from, to);
    }

    @Override
    public Plan plan(long userId) {
        return store.plan(userId).orElse(Plan.DEFAULT);
    }

    @Override
    public Plan setPlan(long userId, Plan plan) {
        JournalValidator.plan("", plan);
        store.putPlan(userId, plan);
        return plan;
    }

    @Override
    public Optional<CheckIn> pendingRedFlags(long userId) {
        return Optional.ofNullable(InsightsCalculator.pendingRedFlags(allCheckIns(userId)));
    }

    @Override
    public Insights insights(long userId) {
        return InsightsCalculator.compute(allCheckIns(userId), allSessions(userId), store.dayMarks(userId, null, null),
                plan(userId), now());
    }

    @Override
    public JournalExport export(long userId) {
        List<CheckIn> checkIns = allCheckIns(userId).stream().sorted(InsightsCalculator.CHECK_IN_ORDER).toList();
        List<SessionEntry> sessions = allSessions(userId).stream().sorted(InsightsCalculator.SESSION_ORDER).toList();
        return new JournalExport(JournalExport.FORMAT_VERSION, now(), store.plan(userId).orElse(null), checkIns,
                sessions, store.dayMarks(userId, null, null));
    }

    @Override
    public JournalExport importAll(long userId, JournalExport data) {
        Instant now = now();
        JournalExport normalized = Defaults.export(data, now);
        ZoneId zone = normalized != null && normalized.plan() != null && normalized.plan().zone() != null
                ? normalized.plan().zone() : Plan.DEFAULT.zone();
        validator.export(normalized, LocalDate.ofInstant(now, zone));
        if (!store.isEmpty(userId)) {
            throw conflict();
        }
        try {
            return store.importAll(userId, normalized);
        } catch (IllegalStateException notEmpty) {
            throw conflict();
        }
    }

    private List<CheckIn> allCheckIns(long userId) {
        return store.checkIns(userId, null, null, Integer.MAX_VALUE);
    }

    private List<SessionEntry> allSessions(long userId) {
        return store.sessions(userId, null, null, Integer.MAX_VALUE);
    }

    private LocalDate today(long userId) {
        return LocalDate.ofInstant(clock.instant(), plan(userId).zone());
    }

    private Instant now() {
        return Defaults.millis(clock.instant());
    }

    private static JournalException notFound(String what, long id) {
        return new JournalException(JournalException.Reason.NOT_FOUND, null, "There is no " + what + " " + id + ".");
    }

    private static JournalException conflict() {
        return new JournalException(JournalException.Reason.CONFLICT, null,
                "The journal is not empty: an import goes into an empty journal only.");
    }
}
