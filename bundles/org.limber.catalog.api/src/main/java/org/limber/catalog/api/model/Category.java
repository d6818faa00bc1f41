package org.limber.catalog.api.model;

/** What kind of exercise this is. Walking, swimming, Tai Chi, gentle yoga and Pilates are activities. */
public enum Category {
    STRETCH, STRENGTHENING, MOBILITY, NERVE_GLIDE, ACTIVITY;

    public String wireName() { return Wire.name(this); }

    public static Category fromWire(String value) { return Wire.parse(Category.class, value); }
}
