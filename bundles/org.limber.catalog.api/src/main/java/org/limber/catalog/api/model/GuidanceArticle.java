package org.limber.catalog.api.model;

import java.util.List;

/**
 * A guidance article: routine rules, bed set-up, direction preference, prevention and the like.
 *
 * @param id        pack-qualified id ({@code <packId>.<localId>}), or {@code core.<localId>} for core safety pages
 * @param packId    the pack that provides it, or "core"
 * @param title     heading
 * @param summary   one-sentence summary for lists
 * @param topic     a grouping such as "routine", "safety", "set-up", "prevention", "activity", "costs"
 * @param blocks    the content
 * @param sourceIds ids of the sources it draws on
 */
public record GuidanceArticle(String id, String packId, String title, String summary, String topic,
                              List<Block> blocks, List<String> sourceIds) {
    public GuidanceArticle {
        blocks = List.copyOf(blocks);
        sourceIds = List.copyOf(sourceIds);
    }
}
