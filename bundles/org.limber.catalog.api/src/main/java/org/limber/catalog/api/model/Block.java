package org.limber.catalog.api.model;

import java.util.List;

/**
 * A block of a guidance article: structured text, so that no markup from a pack ever reaches a page.
 *
 * @param kind  paragraph, heading, bullets, steps (numbered) or callout
 * @param text  the text of a paragraph, heading or callout
 * @param items the items of a list
 */
public record Block(Kind kind, String text, List<String> items) {
    public Block {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public enum Kind {
        PARAGRAPH, HEADING, BULLETS, STEPS, CALLOUT;

        public String wireName() { return Wire.name(this); }

        public static Kind fromWire(String value) { return Wire.parse(Kind.class, value); }
    }
}
