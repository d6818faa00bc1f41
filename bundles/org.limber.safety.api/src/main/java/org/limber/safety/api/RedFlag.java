package org.limber.safety.api;

import java.util.List;

/** A sign that needs a professional; {@code urgency} says how soon. */
public record RedFlag(String id, String title, String description, Urgency urgency, List<String> sourceIds) {
    public RedFlag {
        sourceIds = List.copyOf(sourceIds);
    }

    public enum Urgency {
        /** Go to an emergency department now. */
        EMERGENCY,
        /** See a doctor promptly (same or next day). */
        URGENT,
        /** Book an appointment with a professional. */
        SEE_PROFESSIONAL
    }
}
