package org.limber.routine.internal;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.routine.internal.Fixtures.BRIDGE;
import static org.limber.routine.internal.Fixtures.CHILDS_POSE;
import static org.limber.routine.internal.Fixtures.PRESS_UP;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.model.Phase;
import org.limber.routine.api.Exclusion;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.RoutineWarning;
import org.limber.routine.api.SectionKind;

class RoutineRulesTest {
    private static List<String> codes(List<RoutineWarning> warnings) {
        return warnings.stream().map(RoutineWarning::code).toList();
    }

    @Test
    void strengthOnThreeSpacedDaysIsWithinTheSourcesAdvice() {
        RoutineData routine = Fixtures.routine(Set.of(MONDAY, WEDNESDAY, FRIDAY), SectionKind.STRENGTHENING, BRIDGE);
        assertEquals(List.of(), RoutineRules.check(routine, Fixtures.context(List.of(), Phase.SUBACUTE, Set.of())));
    }

    @Test
    void strengthDaysCountAcrossRoutines() {
        RoutineData other = Fixtures.routine(Set.of(MONDAY, WEDNESDAY), SectionKind.STRENGTHENING, BRIDGE);
        RoutineData stretchesOnly = Fixtures.routine(Set.of(TUESDAY, SATURDAY), SectionKind.STRETCHING, CHILDS_POSE);
        RoutineData routine = Fixtures.routine(Set.of(FRIDAY, SATURDAY), SectionKind.MOBILITY, BRIDGE);

        List<RoutineWarning> warnings = RoutineRules.check(routine, Fixtures.context(
                List.of(Fixtures.stored(1, other), Fixtures.stored(2, stretchesOnly)), Phase.SUBACUTE, Set.of()));

        assertEquals(List.of("strengthening-frequency"), codes(warnings),
                "a strengthening exercise in a mobility section still counts; 4 days: Mon, Wed, Fri, Sat");
    }

    @Test
    void consecutiveStrengthDaysAskForARestDayIncludingSundayToMonday() {
        RoutineData routine = Fixtures.routine(Set.of(java.time.DayOfWeek.SUNDAY, MONDAY), SectionKind.STRENGTHENING,
                BRIDGE);
        List<RoutineWarning> warnings = RoutineRules.check(routine,
                Fixtures.context(List.of(), Phase.RECOVERY, Set.of()));
        assertEquals(List.of("strengthening-rest-day"), codes(warnings));
        assertTrue(warnings.get(0).message().contains("Sunday and Monday"), warnings.get(0).message());
    }

    @Test
    void anExerciseTheJournalFlagsMustBeKeptOrSwapped() {
        RoutineData routine = Fixtures.routine(Set.of(), SectionKind.STRETCHING, PRESS_UP, CHILDS_POSE);
        List<RoutineWarning> warnings = RoutineRules.check(routine,
                Fixtures.context(List.of(), Phase.SUBACUTE, Set.of(PRESS_UP.exerciseId())));
        assertEquals(List.of("stop-this-one"), codes(warnings));
        assertTrue(warnings.get(0).needsConfirmation());
        assertEquals(PRESS_UP.exerciseId(), warnings.get(0).exerciseId());

        RoutineData kept = new RoutineData(routine.name(), null, routine.days(), routine.sections(),
                Set.of(PRESS_UP.exerciseId()));
        List<RoutineWarning> afterKeeping = RoutineRules.check(kept,
                Fixtures.context(List.of(), Phase.SUBACUTE, Set.of(PRESS_UP.exerciseId())));
        assertEquals(List.of("stop-this-one"), codes(afterKeeping), "still said, as a reminder");
        assertFalse(afterKeeping.get(0).needsConfirmation());
    }

    @Test
    void theAcutePhaseWarnsAboutStrengtheningAndForwardBends() {
        RoutineData routine = new RoutineData("Mixed", null, Set.of(MONDAY), List.of(
                new RoutineSection(SectionKind.STRETCHING, null, List.of(item(CHILDS_POSE.exerciseId()))),
                new RoutineSection(SectionKind.STRENGTHENING, null, List.of(item(BRIDGE.exerciseId())))), Set.of());
        List<RoutineWarning> warnings = RoutineRules.check(routine,
                Fixtures.context(List.of(), Phase.ACUTE, Set.of()));
        assertEquals(List.of("acute-caution", "acute-strengthening"), codes(warnings));
        assertEquals(CHILDS_POSE.exerciseId(), warnings.get(0).exerciseId());
    }

    @Test
    void exclusionsWarnAndUnknownExercisesAreUnavailable() {
        RoutineData routine = new RoutineData("Mixed", null, Set.of(), List.of(new RoutineSection(
                SectionKind.STRETCHING, null, List.of(item(CHILDS_POSE.exerciseId()), item("gone.pack-exercise")))),
                Set.of());
        RoutineRules.Context context = new RoutineRules.Context(List.of(), Fixtures.lookupWithoutCatalog(),
                Set.of(Exclusion.NO_KNEELING, Exclusion.NO_EXTENSION), Phase.SUBACUTE, Set.of());
        List<RoutineWarning> warnings = RoutineRules.check(routine, context);
        assertEquals(List.of("excluded", "unavailable"), codes(warnings));
        assertTrue(warnings.get(0).message().contains("no kneeling"), warnings.get(0).message());
    }

    private static RoutineItem item(String id) {
        return new RoutineItem(id, null, null);
    }
}
