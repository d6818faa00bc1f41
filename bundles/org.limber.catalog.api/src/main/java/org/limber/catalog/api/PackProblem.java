package org.limber.catalog.api;

/**
 * One thing wrong with a pack.
 *
 * @param file    the file it is in (the pack document's name, or the bundle entry)
 * @param pointer a JSON pointer to the offending value ("" for the whole document)
 * @param message what is wrong, in plain words
 */
public record PackProblem(String file, String pointer, String message) {
    @Override
    public String toString() {
        return file + (pointer == null || pointer.isEmpty() ? "" : " at " + pointer) + ": " + message;
    }
}
