package org.limber.catalog.api.model;

import java.util.List;

/**
 * How an exercise is drawn: one frame for a still pose, start and end frames for a movement.
 *
 * @param frames the frames in order
 * @param alt    a text alternative describing what the frames show
 */
public record Illustration(List<Frame> frames, String alt) {
    public Illustration {
        frames = List.copyOf(frames);
    }

    /** One drawing; {@code imageId} names an SVG the catalog serves. */
    public record Frame(String label, String imageId) {
    }
}
