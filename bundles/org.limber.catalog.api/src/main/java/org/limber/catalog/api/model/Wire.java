package org.limber.catalog.api.model;

import java.util.Locale;

/** Converts model enums to and from their kebab-case wire names ({@code LYING_ON_BACK} is {@code lying-on-back}). */
public final class Wire {
    private Wire() {
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @throws IllegalArgumentException naming the accepted values when {@code value} is not one of them
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String constant = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(constant)) {
                return candidate;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (E candidate : type.getEnumConstants()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(name(candidate));
        }
        throw new IllegalArgumentException("'" + value + "' is not one of: " + accepted);
    }
}
