package org.limber.pack.loader.internal.parse;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a pack names must exist in the same pack: linked exercises, cited sources, the images
 * an exercise's frames show and the exercises a routine template uses.
 */
final class ReferenceCheck {
    private final Set<String> exerciseIds;
    private final Set<String> sourceIds;
    private final Set<String> imageIds;
    private final Problems problems;

    private ReferenceCheck(PackDocument pack, Problems problems) {
        this.exerciseIds = ids(pack.exercises(), ExerciseEntry::id);
        this.sourceIds = ids(pack.sources(), SourceEntry::id);
        this.imageIds = ids(pack.illustrations(), IllustrationEntry::id);
        this.problems = problems;
    }

    static void check(PackDocument pack, Problems problems) {
        ReferenceCheck check = new ReferenceCheck(pack, problems);
        for (int i = 0; i < pack.exercises().size(); i++) {
            check.exercise(pack.exercises().get(i), JsonPointers.of("exercises", i));
        }
        for (int i = 0; i < pack.guidance().size(); i++) {
            check.sources(pack.guidance().get(i).sources(), JsonPointers.of("guidance", i, "sources"));
        }
        for (int i = 0; i < pack.templates().size(); i++) {
            check.template(pack.templates().get(i), JsonPointers.of("templates", i));
        }
    }

    private void template(TemplateEntry template, String pointer) {
        sources(template.sources(), JsonPointers.child(pointer, "sources"));
        for (int s = 0; s < template.sections().size(); s++) {
            List<TemplateEntry.ItemEntry> items = template.sections().get(s).items();
            for (int k = 0; k < items.size(); k++) {
                String exercise = items.get(k).exerciseId();
                if (exercise != null && !exerciseIds.contains(exercise)) {
                    problems.add(pointer + JsonPointers.of("sections", s, "items", k, "exerciseId"),
                            "uses exercise '" + exercise + "' which this pack does not have");
                }
            }
        }
    }

    private void exercise(ExerciseEntry exercise, String pointer) {
        links(exercise, exercise.progressions(), JsonPointers.child(pointer, "progressions"));
        links(exercise, exercise.regressions(), JsonPointers.child(pointer, "regressions"));
        sources(exercise.sources(), JsonPointers.child(pointer, "sources"));
        for (int d = 0; d < exercise.doses().size(); d++) {
            String source = exercise.doses().get(d).source();
            if (source != null && !sourceIds.contains(source)) {
                problems.add(pointer + JsonPointers.of("doses", d, "source"), undeclaredSource(source));
            }
        }
        if (exercise.illustration() != null) {
            List<DrawingEntry.FrameEntry> frames = exercise.illustration().frames();
            for (int f = 0; f < frames.size(); f++) {
                String image = frames.get(f).image();
                if (image != null && !imageIds.contains(image)) {
                    problems.add(pointer + JsonPointers.of("illustration", "frames", f, "image"),
                            "shows image '" + image + "' which is not declared in 'illustrations'");
                }
            }
        }
    }

    private void links(ExerciseEntry exercise, List<String> targets, String pointer) {
        for (int k = 0; k < targets.size(); k++) {
            String target = targets.get(k);
            if (target.equals(exercise.id())) {
                problems.add(JsonPointers.child(pointer, k), "an exercise cannot link to itself");
            } else if (!exerciseIds.contains(target)) {
                problems.add(JsonPointers.child(pointer, k),
                        "links to exercise '" + target + "' which this pack does not have");
            }
        }
    }

    private void sources(List<String> cited, String pointer) {
        for (int k = 0; k < cited.size(); k++) {
            if (!sourceIds.contains(cited.get(k))) {
                problems.add(JsonPointers.child(pointer, k), undeclaredSource(cited.get(k)));
            }
        }
    }

    private static String undeclaredSource(String source) {
        return "cites source '" + source + "' which the pack does not declare in 'sources'";
    }

    private static <T> Set<String> ids(List<T> entries, Function<T, String> id) {
        return entries.stream().map(id).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
