package org.limber.journal.api;

import java.util.Locale;

/** Journal enums travel as lower-case kebab names ({@code BELOW_KNEE} is {@code below-knee}). */
public final class Wire {
    private Wire() {
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        for (E value : type.getEnumConstants()) {
            if (name(value).equals(wire)) {
                return value;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(name(value));
        }
        throw new IllegalArgumentException("'" + wire + "' is not one of " + accepted);
    }
}
