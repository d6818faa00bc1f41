package org.limber.catalog.api.model;

/**
 * A source article a pack draws on.
 *
 * @param id          the id the pack uses to cite it
 * @param title       the article's title, or a short description where it has none
 * @param publisher   who published it, when known
 * @param url         where to read it, when known
 */
public record Source(String id, String title, String publisher, String url) {
}
