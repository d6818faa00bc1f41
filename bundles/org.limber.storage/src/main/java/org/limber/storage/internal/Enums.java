package org.limber.storage.internal;

import org.limber.journal.api.Wire;

/** Journal enums are stored by their wire names ({@code below-knee}), as the scripts' CHECK constraints list them. */
final class Enums {
    private Enums() {
    }

    static String wire(Enum<?> value) {
        return value == null ? null : Wire.name(value);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String stored) {
        return stored == null ? null : Wire.parse(type, stored);
    }
}
