package org.limber.safety.internal;

import java.util.List;

/** The shape of {@code safety/safety-content.json}, bound by Jackson and mapped to the API records. */
record SafetyFile(NoticeEntry notice, List<RedFlagEntry> redFlags, List<StopRuleEntry> stopRules,
                  List<ArticleEntry> articles, List<SourceEntry> sources) {

    record NoticeEntry(String title, String shortText, List<String> paragraphs) {
    }

    record RedFlagEntry(String id, String title, String description, String urgency, List<String> sources) {
    }

    record StopRuleEntry(String id, String text, List<String> sources) {
    }

    record ArticleEntry(String id, String title, String summary, String topic, List<BlockEntry> blocks,
                        List<String> sources) {
    }

    record BlockEntry(String kind, String text, List<String> items) {
    }

    record SourceEntry(String id, String title, String publisher, String url) {
    }
}
