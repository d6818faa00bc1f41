package org.limber.pack.loader.internal.parse;

import java.util.HashSet;
import java.util.Set;

/** Things worth telling a pack's author that do not stop the pack loading. */
final class PackWarnings {
    private PackWarnings() {
    }

    static void check(PackDocument pack, Problems warnings) {
        Set<String> shownImages = new HashSet<>();
        for (int i = 0; i < pack.exercises().size(); i++) {
            ExerciseEntry exercise = pack.exercises().get(i);
            String pointer = JsonPointers.of("exercises", i);
            if (exercise.illustration() == null) {
                warnings.add(pointer, "exercise '" + exercise.id() + "' has no illustration");
            } else {
                exercise.illustration().frames().forEach(frame -> shownImages.add(frame.image()));
            }
            if (exercise.sources().isEmpty()) {
                warnings.add(pointer, "exercise '" + exercise.id() + "' cites no sources");
            }
        }
        for (int i = 0; i < pack.templates().size(); i++) {
            TemplateEntry template = pack.templates().get(i);
            if (template.sources().isEmpty()) {
                warnings.add(JsonPointers.of("templates", i), "template '" + template.id() + "' cites no sources");
            }
        }
        for (int i = 0; i < pack.illustrations().size(); i++) {
            String imageId = pack.illustrations().get(i).id();
            if (!shownImages.contains(imageId)) {
                warnings.add(JsonPointers.of("illustrations", i),
                        "illustration '" + imageId + "' is not shown by any exercise");
            }
        }
    }
}
