package org.limber.catalog.api.model;

/** Recovery phases as the sources describe them: acute (pain high), subacute (easing), recovery (minimal). */
public enum Phase {
    ACUTE, SUBACUTE, RECOVERY;

    public String wireName() { return Wire.name(this); }

    public static Phase fromWire(String value) { return Wire.parse(Phase.class, value); }
}
