package org.limber.storage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Statements over many rows at once: placeholders for multi-row {@code INSERT ... VALUES} and {@code IN} lists, and
 * the chunks they are cut into. One statement of 500 rows spares the per-statement work of a batch of 500 (PostgreSQL
 * binds and executes each statement of a batch on its own), and both dialects accept it.
 */
final class MultiRow {
    /** Rows per statement: 500 rows of up to 10 columns stay far below both dialects' limits on parameters. */
    static final int CHUNK = 500;

    private MultiRow() {
    }

    /** {@code (?, ?), (?, ?)}: {@code rows} tuples of {@code columns} placeholders. */
    static String tuples(int rows, int columns) {
        StringBuilder tuple = new StringBuilder("(");
        for (int column = 0; column < columns; column++) {
            tuple.append(column == 0 ? "?" : ", ?");
        }
        tuple.append(')');
        StringBuilder tuples = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            tuples.append(row == 0 ? "" : ", ").append(tuple);
        }
        return tuples.toString();
    }

    /** {@code (?, ?, ?)}: an IN list of {@code count} placeholders. */
    static String in(int count) {
        return tuples(1, count);
    }

    /** The list cut into consecutive chunks of at most {@link #CHUNK}. */
    static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }
}
