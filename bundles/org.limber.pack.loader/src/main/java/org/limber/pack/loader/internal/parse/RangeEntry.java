package org.limber.pack.loader.internal.parse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A range as written: a whole number {@code 5}, or {@code {"min": 5, "max": 10}}. */
@JsonDeserialize(using = RangeEntryDeserializer.class)
record RangeEntry(long min, long max) {
}
