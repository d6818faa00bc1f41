package org.limber.pack.loader.internal.parse;

import java.util.List;

/** An exercise's {@code illustration}: frames naming images declared in the pack's {@code illustrations}. */
record DrawingEntry(String alt, List<FrameEntry> frames) {
    DrawingEntry {
        frames = Lists.orEmpty(frames);
    }

    record FrameEntry(String label, String image) {
    }
}
