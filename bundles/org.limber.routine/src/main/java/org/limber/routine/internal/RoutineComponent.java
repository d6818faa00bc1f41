package org.limber.routine.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.TemplateItem;
import org.limber.catalog.api.model.TemplateSection;
import org.limber.journal.api.Insights;
import org.limber.journal.api.JournalService;
import org.limber.routine.api.CheckedRoutine;
import org.limber.routine.api.Exclusion;
import org.limber.routine.api.ItemDose;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.Progression;
import org.limber.routine.api.ResolvedItem;
import org.limber.routine.api.ResolvedRoutine;
import org.limber.routine.api.ResolvedSection;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineException;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.RoutineService;
import org.limber.routine.api.RoutineWarning;
import org.limber.routine.api.SectionKind;
import org.limber.storage.api.RoutineStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Routines over the routine store, checked against the catalog as it is now and the user's own journal. */
@Component
public class RoutineComponent implements RoutineService {
    /** A user who never set a phase is treated as past the acute phase; the progression page asks them. */
    static final Phase DEFAULT_PHASE = Phase.SUBACUTE;

    private final RoutineStore store;
    private final CatalogService catalog;
    private final JournalService journal;
    private final EventAdmin events;
    private final Clock clock;

    @Activate
    public RoutineComponent(@Reference RoutineStore store, @Reference CatalogService catalog,
                            @Reference JournalService journal, @Reference EventAdmin events) {
        this(store, catalog, journal, events, Clock.systemUTC());
    }

    RoutineComponent(RoutineStore store, CatalogService catalog, JournalService journal, EventAdmin events,
                     Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Routine> routines(long userId) {
        return store.routines(userId);
    }

    @Override
    public Optional<Routine> routine(long userId, long routineId) {
        return store.routine(userId, routineId);
    }

    @Override
    public CheckedRoutine create(long userId, RoutineData data) {
        List<RoutineWarning> warnings = checkForSaving(userId, data, null);
        Routine routine = store.insertRoutine(userId, data, null, clock.instant());
        changed(userId, routine.id(), false);
        return new CheckedRoutine(routine, warnings);
    }

    @Override
    public CheckedRoutine update(long userId, long routineId, RoutineData data) {
        if (store.routine(userId, routineId).isEmpty()) {
            throw RoutineException.notFound("Routine " + routineId);
        }
        List<RoutineWarning> warnings = checkForSaving(userId, data, routineId);
        Routine routine = store.updateRoutine(userId, routineId, data, clock.instant())
                .orElseThrow(() -> RoutineException.notFound("Routine " + routineId));
        changed(userId, routineId, false);
        return new CheckedRoutine(routine, warnings);
    }

    @Override
    public void delete(long userId, long routineId) {
        if (!store.deleteRoutine(userId, routineId)) {
            throw RoutineException.notFound("Routine " + routineId);
        }
        changed(userId, routineId, true);
    }

    @Override
    public List<RoutineWarning> check(long userId, RoutineData data, Long routineId) {
        RoutineValidator.check(data);
        return RoutineRules.check(data, context(userId, routineId));
    }

    private List<RoutineWarning> checkForSaving(long userId, RoutineData data, Long routineId) {
        List<RoutineWarning> warnings = check(userId, data, routineId);
        List<RoutineWarning> unanswered = warnings.stream().filter(RoutineWarning::needsConfirmation).toList();
        if (!unanswered.isEmpty()) {
            throw new RoutineException(RoutineException.Kind.NEEDS_CONFIRMATION, "/keptDespiteStop",
                    "Your journal flags " + unanswered.size() + " exercise(s) in this routine to stop: keep or swap "
                            + "each before saving", unanswered);
        }
        return warnings;
    }

    @Override
    public Optional<ResolvedRoutine> resolve(long userId, long routineId) {
        Optional<Routine> found = store.routine(userId, routineId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Routine routine = found.get();
        RoutineRules.Context context = context(userId, routineId);
        List<ResolvedSection> sections = new ArrayList<>();
        for (RoutineSection section : routine.sections()) {
            List<ResolvedItem> items = section.items().stream()
                    .map(item -> resolve(item, context.exercises(), context.exclusions())).toList();
            sections.add(new ResolvedSection(section.kind(), section.title(), items));
        }
        return Optional.of(new ResolvedRoutine(routine, sections, RoutineRules.check(routine.data(), context)));
    }

    private static ResolvedItem resolve(RoutineItem item, ExerciseLookup exercises, Set<Exclusion> exclusions) {
        Optional<ExerciseFacts> found = exercises.find(item.exerciseId());
        if (found.isEmpty()) {
            return new ResolvedItem(item.exerciseId(), item.exerciseId(), false,
                    item.exerciseId().startsWith(PersonalExercise.ID_PREFIX), false, null, List.of(), List.of(),
                    List.of(), Doses.resolve(item.dose(), ItemDose.DEFAULT), item.note());
        }
        ExerciseFacts exercise = found.get();
        return new ResolvedItem(exercise.id(), exercise.name(), true, exercise.personal(),
                Exclusions.rulesOut(exclusions, exercise), exercise.summary(), exercise.steps(), exercise.cautions(),
                exercise.stopIf(), Doses.resolve(item.dose(), exercise.defaultDose()), item.note());
    }

    @Override
    public CheckedRoutine copyTemplate(long userId, String templateId, String name) {
        RoutineTemplate template = catalog.current().template(templateId)
                .orElseThrow(() -> RoutineException.notFound("Template " + templateId));
        List<RoutineSection> sections = template.sections().stream().map(RoutineComponent::section).toList();
        RoutineData data = new RoutineData(name == null || name.isBlank() ? template.name() : name,
                template.summary(), Set.of(), sections, Set.of());
        RoutineValidator.check(data);
        // A copy is saved even when the journal flags one of its exercises: the warning comes back with it and the
        // player asks before that exercise is played.
        List<RoutineWarning> warnings = RoutineRules.check(data, context(userId, null));
        Routine routine = store.insertRoutine(userId, data, template.id(), clock.instant());
        changed(userId, routine.id(), false);
        return new CheckedRoutine(routine, warnings);
    }

    private static RoutineSection section(TemplateSection section) {
        SectionKind kind;
        try {
            kind = SectionKind.fromWire(section.kind());
        } catch (IllegalArgumentException e) {
            kind = SectionKind.CUSTOM;
        }
        String title = section.title() != null ? section.title()
                : kind == SectionKind.CUSTOM ? section.kind() : null;
        return new RoutineSection(kind, title, section.items().stream().map(RoutineComponent::item).toList());
    }

    private static RoutineItem item(TemplateItem item) {
        return new RoutineItem(item.exerciseId(), new ItemDose(item.holdSeconds(), item.reps(), item.sets(),
                item.perSide(), item.restSeconds(), item.minutes()), item.note());
    }

    @Override
    public List<PersonalExercise> personalExercises(long userId) {
        return store.personalExercises(userId);
    }

    @Override
    public PersonalExercise addPersonalExercise(long userId, PersonalExerciseData data) {
        RoutineValidator.check(data);
        if (store.personalExercises(userId).size() >= 200) {
            throw RoutineException.invalid("", "You have 200 personal exercises, the most Limber keeps");
        }
        return store.insertPersonalExercise(userId, data, clock.instant());
    }

    @Override
    public PersonalExercise updatePersonalExercise(long userId, long id, PersonalExerciseData data) {
        RoutineValidator.check(data);
        return store.updatePersonalExercise(userId, id, data, clock.instant())
                .orElseThrow(() -> RoutineException.notFound("Personal exercise " + id));
    }

    @Override
    public void deletePersonalExercise(long userId, long id) {
        if (!store.deletePersonalExercise(userId, id)) {
            throw RoutineException.notFound("Personal exercise " + id);
        }
    }

    @Override
    public Set<Exclusion> exclusions(long userId) {
        return store.exclusions(userId);
    }

    @Override
    public Set<Exclusion> setExclusions(long userId, Set<Exclusion> exclusions) {
        Set<Exclusion> copy = exclusions.isEmpty() ? EnumSet.noneOf(Exclusion.class) : EnumSet.copyOf(exclusions);
        store.putExclusions(userId, copy);
        return copy;
    }

    @Override
    public boolean isExcluded(long userId, String exerciseId) {
        Set<Exclusion> exclusions = store.exclusions(userId);
        if (exclusions.isEmpty()) {
            return false;
        }
        return lookup(userId).find(exerciseId).map(exercise -> Exclusions.rulesOut(exclusions, exercise))
                .orElse(false);
    }

    @Override
    public Phase phase(long userId) {
        return store.phase(userId).orElse(DEFAULT_PHASE);
    }

    @Override
    public Phase setPhase(long userId, Phase phase) {
        if (phase == null) {
            throw RoutineException.invalid("/phase", "Say which phase: acute, subacute or recovery");
        }
        store.putPhase(userId, phase);
        return phase;
    }

    @Override
    public Progression progression(long userId) {
        return ProgressionAdvisor.advise(phase(userId), journal.insights(userId).pain(), clock.instant());
    }

    private RoutineRules.Context context(long userId, Long routineId) {
        List<Routine> others = store.routines(userId).stream()
                .filter(routine -> routineId == null || routine.id() != routineId).toList();
        Set<String> stop = journal.insights(userId).exercises().stream()
                .filter(response -> response.verdict() == Insights.Verdict.STOP)
                .map(Insights.ExerciseResponse::exerciseId).collect(Collectors.toSet());
        return new RoutineRules.Context(others, lookup(userId), store.exclusions(userId), phase(userId), stop);
    }

    private ExerciseLookup lookup(long userId) {
        CatalogView view = catalog.current();
        return new ExerciseLookup(view, store.personalExercises(userId));
    }

    private void changed(long userId, long routineId, boolean deleted) {
        events.postEvent(new Event(CHANGED_TOPIC, Map.of(USER_ID, userId, ROUTINE_ID, routineId, DELETED, deleted)));
    }
}
