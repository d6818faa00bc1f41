package org.limber.safety.api;

import java.util.List;

/** A rule that applies to every exercise, such as stopping when pain spreads down the leg. */
public record StopRule(String id, String text, List<String> sourceIds) {
    public StopRule {
        sourceIds = List.copyOf(sourceIds);
    }
}
