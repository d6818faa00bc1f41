package org.limber.pack.loader.internal.parse;

import java.util.List;

/** An entry of a pack document's {@code guidance}. */
record ArticleEntry(String id, String title, String summary, String topic, List<BlockEntry> blocks,
                    List<String> sources) {
    ArticleEntry {
        blocks = Lists.orEmpty(blocks);
        sources = Lists.orEmpty(sources);
    }

    record BlockEntry(String kind, String text, List<String> items) {
        BlockEntry {
            items = Lists.orEmpty(items);
        }
    }
}
