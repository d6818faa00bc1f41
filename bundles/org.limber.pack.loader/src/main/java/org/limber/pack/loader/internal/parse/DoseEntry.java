package org.limber.pack.loader.internal.parse;

/** An entry of an exercise's {@code doses}. */
record DoseEntry(String label, RangeEntry holdSeconds, RangeEntry reps, RangeEntry sets, Boolean perSide,
                 RangeEntry minutes, RangeEntry timesPerDay, String buildUp, String note, String source) {
}
