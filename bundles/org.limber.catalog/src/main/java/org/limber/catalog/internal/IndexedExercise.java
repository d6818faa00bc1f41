package org.limber.catalog.internal;

import java.util.List;
import java.util.Locale;

import org.limber.catalog.api.model.Exercise;

/** An exercise with its lower-cased search texts, computed once per snapshot. */
record IndexedExercise(Exercise exercise, String sortName, String names, String body) {

    static IndexedExercise of(Exercise exercise) {
        String names = fold(exercise.name() + "\n" + String.join("\n", exercise.aliases()));
        String body = fold(exercise.summary() + "\n" + String.join("\n", exercise.steps()));
        return new IndexedExercise(exercise, fold(exercise.name()), names, body);
    }

    static String fold(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** Every word must appear in the names or the body; names weigh more. Returns 0 when a word is missing. */
    int score(List<String> words) {
        int score = 0;
        for (String word : words) {
            if (sortName.startsWith(word)) {
                score += 8;
            } else if (names.contains(word)) {
                score += 4;
            } else if (body.contains(word)) {
                score += 1;
            } else {
                return 0;
            }
        }
        return score;
    }
}
