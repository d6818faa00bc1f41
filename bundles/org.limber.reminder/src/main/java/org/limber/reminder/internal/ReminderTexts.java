package org.limber.reminder.internal;

import java.util.List;

/**
 * What a reminder says. By default nothing about health, since it shows on lock screens and passes through third
 * parties: "Time for your evening routine" (the routine's name is the user's own choice). With detailed text the
 * first exercises are named too.
 */
final class ReminderTexts {
    static final String TITLE = "Limber";
    /** Exercises named in a detailed text before "and N more". */
    static final int NAMED = 2;

    private final String publicUrl;

    ReminderTexts(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    String title() {
        return TITLE;
    }

    String text(String routineName, List<String> exerciseNames) {
        String text = "Time for your " + routineName;
        if (exerciseNames == null || exerciseNames.isEmpty()) {
            return text;
        }
        return text + ": " + names(exerciseNames);
    }

    static String names(List<String> names) {
        int count = names.size();
        if (count == 1) {
            return names.get(0);
        }
        if (count <= NAMED + 1) {
            return String.join(", ", names.subList(0, count - 1)) + " and " + names.get(count - 1);
        }
        return String.join(", ", names.subList(0, NAMED)) + " and " + (count - NAMED) + " more";
    }

    String link(long routineId) {
        return publicUrl + "/routines/" + routineId + "/play";
    }
}
