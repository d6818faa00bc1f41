package org.limber.pack.loader.internal.parse;

/** A dose range, or a template's length in minutes, must not run backwards. */
final class RangeCheck {
    private RangeCheck() {
    }

    static void check(PackDocument pack, Problems problems) {
        for (int i = 0; i < pack.exercises().size(); i++) {
            var doses = pack.exercises().get(i).doses();
            for (int d = 0; d < doses.size(); d++) {
                DoseEntry dose = doses.get(d);
                String pointer = JsonPointers.of("exercises", i, "doses", d);
                check(dose.holdSeconds(), JsonPointers.child(pointer, "holdSeconds"), problems);
                check(dose.reps(), JsonPointers.child(pointer, "reps"), problems);
                check(dose.sets(), JsonPointers.child(pointer, "sets"), problems);
                check(dose.minutes(), JsonPointers.child(pointer, "minutes"), problems);
                check(dose.timesPerDay(), JsonPointers.child(pointer, "timesPerDay"), problems);
            }
        }
        for (int t = 0; t < pack.templates().size(); t++) {
            check(pack.templates().get(t).minutes(), JsonPointers.of("templates", t, "minutes"), problems);
        }
    }

    private static void check(RangeEntry range, String pointer, Problems problems) {
        if (range != null && range.min() > range.max()) {
            problems.add(pointer, "min " + range.min() + " is greater than max " + range.max());
        }
    }
}
