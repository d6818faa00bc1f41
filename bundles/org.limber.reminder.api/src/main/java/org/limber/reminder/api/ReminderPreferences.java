package org.limber.reminder.api;

import java.time.LocalTime;

/**
 * A user's reminder preferences.
 *
 * @param timeZone      IANA zone id ({@code Europe/Berlin}); reminders follow it across DST changes
 * @param quietFrom     start of quiet hours, or null for none (may be later than quietUntil: across midnight)
 * @param quietUntil    end of quiet hours, or null for none
 * @param dailyCap      at most this many reminders a day over all routines, or null for no cap
 * @param snoozeMinutes default snooze, 5 to 240
 * @param detailedText  true if reminder text may name the routine's exercises (shown on lock screens and passed
 *                      through third parties); false by default
 */
public record ReminderPreferences(String timeZone, LocalTime quietFrom, LocalTime quietUntil, Integer dailyCap,
                                  int snoozeMinutes, boolean detailedText) {
    public static ReminderPreferences defaults() {
        return new ReminderPreferences("UTC", null, null, null, 10, false);
    }
}
