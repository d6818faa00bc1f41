package org.limber.storage.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Lists of identifiers (exercise ids, wire names, channel ids, times of day) as stored: comma-separated, in order,
 * {@code ''} for none. No identifier holds a comma; one that did would be refused rather than split wrongly later.
 */
final class IdList {
    private IdList() {
    }

    static <T> String join(Collection<T> values, Function<T, String> id) {
        StringBuilder joined = new StringBuilder();
        for (T value : values) {
            String text = id.apply(value);
            if (text.isEmpty() || text.indexOf(',') >= 0) {
                throw new IllegalArgumentException("An identifier must be non-empty without a comma, not '" + text
                        + "'");
            }
            joined.append(joined.length() == 0 ? "" : ",").append(text);
        }
        return joined.toString();
    }

    static String join(Collection<String> values) {
        return join(values, Function.identity());
    }

    static <T> List<T> split(String stored, Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        if (stored != null && !stored.isEmpty()) {
            for (String text : stored.split(",")) {
                values.add(parse.apply(text));
            }
        }
        return values;
    }

    static List<String> split(String stored) {
        return split(stored, Function.identity());
    }
}
