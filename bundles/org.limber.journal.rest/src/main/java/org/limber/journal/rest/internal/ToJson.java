package org.limber.journal.rest.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Insights;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Wire;
import org.limber.journal.rest.internal.JsonShapes.AdherenceJson;
import org.limber.journal.rest.internal.JsonShapes.CheckInJson;
import org.limber.journal.rest.internal.JsonShapes.DayJson;
import org.limber.journal.rest.internal.JsonShapes.ExerciseJson;
import org.limber.journal.rest.internal.JsonShapes.ExerciseResponseJson;
import org.limber.journal.rest.internal.JsonShapes.ExportJson;
import org.limber.journal.rest.internal.JsonShapes.InsightsJson;
import org.limber.journal.rest.internal.JsonShapes.NoteJson;
import org.limber.journal.rest.internal.JsonShapes.PainPointJson;
import org.limber.journal.rest.internal.JsonShapes.PlanJson;
import org.limber.journal.rest.internal.JsonShapes.SessionJson;
import org.limber.journal.rest.internal.JsonShapes.WeekJson;

/** The journal's records as JSON. */
final class ToJson {
    private ToJson() {
    }

    static CheckInJson checkIn(CheckIn checkIn) {
        if (checkIn == null) {
            return null;
        }
        CheckInData d = checkIn.data();
        return new CheckInJson(checkIn.id(), text(d.at()), Wire.name(d.timing()), d.sessionId(), d.backPain(),
                d.legPain(), Wire.name(d.legExtent()), d.numbness(), d.tingling(), d.weakness(), d.sittingMinutes(),
                d.sleepQuality(), d.flare(), d.redFlags().stream().sorted().toList(), d.notes(),
                text(checkIn.recordedAt()), text(checkIn.redFlagsAcknowledgedAt()));
    }

    static SessionJson session(SessionEntry session) {
        SessionData d = session.data();
        return new SessionJson(session.id(), text(d.at()), d.routineId(), d.routineName(), d.durationMinutes(),
                d.notes(), text(session.recordedAt()), d.exercises().stream().map(ToJson::exercise).toList());
    }

    private static ExerciseJson exercise(ExerciseDone e) {
        return new ExerciseJson(e.exerciseId(), e.name(), Wire.name(e.outcome()), e.sets(), e.reps(), e.holdSeconds(),
                Wire.name(e.sides()), e.response() == null ? null : Wire.name(e.response()), e.notes());
    }

    static DayJson day(DayMark mark) {
        return new DayJson(mark.day().toString(), Wire.name(mark.kind()));
    }

    static PlanJson plan(Plan plan) {
        if (plan == null) {
            return null;
        }
        return new PlanJson(plan.sessionsPerWeek(), plan.restDays().stream().sorted().map(Wire::name).toList(),
                plan.zone().getId());
    }

    static InsightsJson insights(Insights i) {
        Insights.Adherence a = i.adherence();
        return new InsightsJson(text(i.computedAt()),
                new AdherenceJson(a.sessionsThisWeek(), a.plannedPerWeek(), a.currentStreakDays(),
                        a.longestStreakDays(), a.sessionsLast28Days()),
                i.pain().stream().map(p -> new PainPointJson(text(p.at()), p.backPain(), p.legPain(),
                        Wire.name(p.legExtent()))).toList(),
                i.weeks().stream().map(w -> new WeekJson(day(w.weekStart()), w.sessions(), w.planned())).toList(),
                i.exercises().stream().map(e -> new ExerciseResponseJson(e.exerciseId(), e.name(), e.times(),
                        e.eased(), e.centralized(), e.worse(), e.spread(), Wire.name(e.verdict()))).toList(),
                i.notes().stream().map(n -> new NoteJson(n.code(), Wire.name(n.severity()), n.title(), n.text(),
                        n.exerciseId())).toList(),
                checkIn(i.pendingRedFlags()));
    }

    static ExportJson export(JournalExport export) {
        return new ExportJson(export.formatVersion(), text(export.exportedAt()), plan(export.plan()),
                export.checkIns().stream().map(ToJson::checkIn).toList(),
                export.sessions().stream().map(ToJson::session).toList(),
                export.days().stream().map(ToJson::day).toList());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String day(LocalDate day) {
        return day.toString();
    }
}
