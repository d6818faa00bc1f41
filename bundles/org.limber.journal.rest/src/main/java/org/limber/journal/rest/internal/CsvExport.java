package org.limber.journal.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The journal as a zip of CSV files for spreadsheets: {@code check-ins.csv}, {@code sessions.csv} (one row per
 * exercise done; a session without exercises has one row with the exercise columns empty) and {@code days.csv}.
 * Text a person typed that starts like a formula ({@code = + - @}) is prefixed with an apostrophe so that a
 * spreadsheet shows it instead of running it.
 */
final class CsvExport {
    static final List<String> CHECK_IN_COLUMNS = List.of("id", "at", "timing", "sessionId", "backPain", "legPain",
            "legExtent", "numbness", "tingling", "weakness", "sittingMinutes", "sleepQuality", "flare", "redFlags",
            "notes", "recordedAt", "redFlagsAcknowledgedAt");
    static final List<String> SESSION_COLUMNS = List.of("sessionId", "at", "routineId", "routineName",
            "durationMinutes", "sessionNotes", "recordedAt", "position", "exerciseId", "exerciseName", "outcome",
            "sets", "reps", "holdSeconds", "sides", "response", "exerciseNotes");
    static final List<String> DAY_COLUMNS = List.of("day", "kind");

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private CsvExport() {
    }

    static byte[] zip(JournalExport export) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "check-ins.csv", CHECK_IN_COLUMNS, export.checkIns().stream().map(CsvExport::row).toList());
            List<Object[]> sessionRows = new ArrayList<>();
            export.sessions().forEach(session -> sessionRows.addAll(rows(session)));
            entry(zip, "sessions.csv", SESSION_COLUMNS, sessionRows);
            entry(zip, "days.csv", DAY_COLUMNS, export.days().stream().map(CsvExport::row).toList());
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, List<String> columns, List<Object[]> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        OutputStream unclosable = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }
        };
        try (SequenceWriter writer = MAPPER.writer(schema.build())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(unclosable)) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
        zip.closeEntry();
    }

    private static Object[] row(CheckIn checkIn) {
        CheckInData d = checkIn.data();
        return new Object[] {checkIn.id(), text(d.at()), Wire.name(d.timing()), d.sessionId(), d.backPain(),
            d.legPain(), Wire.name(d.legExtent()), d.numbness(), d.tingling(), d.weakness(), d.sittingMinutes(),
            d.sleepQuality(), d.flare(), String.join(" ", d.redFlags().stream().sorted().toList()), typed(d.notes()),
            text(checkIn.recordedAt()), text(checkIn.redFlagsAcknowledgedAt())};
    }

    private static List<Object[]> rows(SessionEntry session) {
        SessionData d = session.data();
        Object[] common = {session.id(), text(d.at()), typed(d.routineId()), typed(d.routineName()),
            d.durationMinutes(), typed(d.notes()), text(session.recordedAt())};
        if (d.exercises().isEmpty()) {
            return List.<Object[]>of(Arrays.copyOf(common, SESSION_COLUMNS.size()));
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < d.exercises().size(); i++) {
            ExerciseDone e = d.exercises().get(i);
            Object[] row = Arrays.copyOf(common, SESSION_COLUMNS.size());
            Object[] exercise = {i, typed(e.exerciseId()), typed(e.name()), Wire.name(e.outcome()), e.sets(),
                e.reps(), e.holdSeconds(), Wire.name(e.sides()), e.response() == null ? null : Wire.name(e.response()),
                typed(e.notes())};
            System.arraycopy(exercise, 0, row, common.length, exercise.length);
            rows.add(row);
        }
        return rows;
    }

    private static Object[] row(DayMark mark) {
        return new Object[] {mark.day().toString(), Wire.name(mark.kind())};
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Text a person typed, defused for spreadsheets. */
    static String typed(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
