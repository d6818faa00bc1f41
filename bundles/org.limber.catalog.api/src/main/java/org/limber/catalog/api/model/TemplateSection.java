package org.limber.catalog.api.model;

import java.util.List;

/**
 * A section of a routine template.
 *
 * @param kind  warm-up, stretching, strengthening, mobility, finish or custom
 * @param title shown to the user, or null for the kind's own name
 */
public record TemplateSection(String kind, String title, List<TemplateItem> items) {
    public TemplateSection {
        items = List.copyOf(items);
    }
}
