package org.limber.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.limber.routine.api.ItemDose;

/** A dose in the six columns routine items and personal exercises share; NULL is "not set". */
final class DoseColumns {
    static final String NAMES = "hold_seconds, reps, sets, per_side, rest_seconds, minutes";

    private DoseColumns() {
    }

    /** Binds the dose from {@code index} on, in the order of {@link #NAMES}; returns the next index. */
    static int bind(PreparedStatement statement, int index, ItemDose dose) throws SQLException {
        Columns.setInteger(statement, index, dose.holdSeconds());
        Columns.setInteger(statement, index + 1, dose.reps());
        Columns.setInteger(statement, index + 2, dose.sets());
        Columns.setBoolean(statement, index + 3, dose.perSide());
        Columns.setInteger(statement, index + 4, dose.restSeconds());
        Columns.setInteger(statement, index + 5, dose.minutes());
        return index + 6;
    }

    static ItemDose read(ResultSet rows) throws SQLException {
        ItemDose dose = new ItemDose(Columns.integer(rows, "hold_seconds"), Columns.integer(rows, "reps"),
                Columns.integer(rows, "sets"), Columns.bool(rows, "per_side"), Columns.integer(rows, "rest_seconds"),
                Columns.integer(rows, "minutes"));
        return dose.equals(ItemDose.DEFAULT) ? ItemDose.DEFAULT : dose;
    }
}
