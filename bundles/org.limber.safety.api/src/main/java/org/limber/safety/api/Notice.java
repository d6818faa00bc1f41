package org.limber.safety.api;

import java.util.List;

/** The not-medical-advice notice: a one-line form for the page footer and the full text. */
public record Notice(String title, String shortText, List<String> paragraphs) {
    public Notice {
        paragraphs = List.copyOf(paragraphs);
    }
}
