package org.limber.safety.api;

import java.util.List;

import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.api.model.Source;

/**
 * @param notice    the not-medical-advice notice
 * @param redFlags  signs that need a professional, most urgent first
 * @param stopRules rules that apply to every exercise
 * @param articles  safety guidance pages (ids {@code core.<localId>}, pack id "core")
 * @param sources   the articles and guidelines this content is drawn from
 */
public record SafetyContent(Notice notice, List<RedFlag> redFlags, List<StopRule> stopRules,
                            List<GuidanceArticle> articles, List<Source> sources) {
    public SafetyContent {
        redFlags = List.copyOf(redFlags);
        stopRules = List.copyOf(stopRules);
        articles = List.copyOf(articles);
        sources = List.copyOf(sources);
    }
}
