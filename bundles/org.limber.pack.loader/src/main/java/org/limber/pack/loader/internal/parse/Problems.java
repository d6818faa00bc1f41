package org.limber.pack.loader.internal.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.limber.catalog.api.PackProblem;

/** Collects the problems (or warnings) found in one pack document, once each and in the order found. */
final class Problems {
    /** Past this many, a broken pack's report stops being useful to read. */
    static final int MAX_REPORTED = 200;

    private final String file;
    private final Set<PackProblem> found = new LinkedHashSet<>();
    private int dropped;

    Problems(String file) {
        this.file = file;
    }

    void add(String pointer, String message) {
        PackProblem problem = new PackProblem(file, pointer, message);
        if (found.size() < MAX_REPORTED) {
            found.add(problem);
        } else if (!found.contains(problem)) {
            dropped++;
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<PackProblem> list() {
        List<PackProblem> all = new ArrayList<>(found);
        if (dropped > 0) {
            all.add(new PackProblem(file, "", "and " + dropped + " more problems not listed"));
        }
        return List.copyOf(all);
    }
}
