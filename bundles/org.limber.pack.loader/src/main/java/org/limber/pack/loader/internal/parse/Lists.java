package org.limber.pack.loader.internal.parse;

import java.util.Collections;
import java.util.List;

/** Optional lists in a pack document are simply empty when absent. */
final class Lists {
    private Lists() {
    }

    /** Keeps nulls inside (the binder refuses them anyway) so that indexes still match the document. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }
}
