package org.limber.journal.api;

/**
 * How far down the leg the pain reaches, nearest the spine first. Moving up this list over time is centralization
 * (a good sign); moving down it is peripheralization.
 */
public enum PainExtent {
    NONE,
    BUTTOCK,
    THIGH,
    BELOW_KNEE,
    FOOT;

    /** Positive when {@code later} reaches further down the leg than this. */
    public int spreadTo(PainExtent later) {
        return later.ordinal() - ordinal();
    }
}
