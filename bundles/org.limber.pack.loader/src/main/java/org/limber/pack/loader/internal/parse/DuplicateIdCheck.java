package org.limber.pack.loader.internal.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ids must be unique within each list of a pack: exercises, guidance, illustrations, sources and templates. */
final class DuplicateIdCheck {
    private DuplicateIdCheck() {
    }

    static void check(PackDocument pack, Problems problems) {
        check("sources", "source", pack.sources(), SourceEntry::id, problems);
        check("exercises", "exercise", pack.exercises(), ExerciseEntry::id, problems);
        check("guidance", "guidance article", pack.guidance(), ArticleEntry::id, problems);
        check("illustrations", "illustration", pack.illustrations(), IllustrationEntry::id, problems);
        check("templates", "template", pack.templates(), TemplateEntry::id, problems);
    }

    private static <T> void check(String list, String what, List<T> entries, Function<T, String> id,
                                  Problems problems) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String value = id.apply(entries.get(i));
            if (value == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(value, i);
            if (first != null) {
                problems.add(JsonPointers.of(list, i, "id"), what + " id '" + value + "' is already used by "
                        + JsonPointers.of(list, first));
            }
        }
    }
}
