package org.limber.reminder.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.Instant;

/**
 * RFC 5545 content lines: CRLF endings, lines folded at 75 octets (never inside a UTF-8 sequence), TEXT values
 * escaped.
 */
final class IcsWriter {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int LINE_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    IcsWriter line(String name, String value) {
        return fold(name + ":" + value);
    }

    IcsWriter text(String name, String value) {
        return line(name, escape(value));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    // control characters other than tab are not allowed in TEXT
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    static String utc(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    /** {@code +0100}, {@code -0330}, {@code +053045} when seconds are needed. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }

    private IcsWriter fold(String line) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
