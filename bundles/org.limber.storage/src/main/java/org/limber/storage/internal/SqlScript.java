package org.limber.storage.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A migration script, split into statements by deliberately simple rules, so that no SQL parsing is needed:
 * <ul>
 * <li>a statement ends with the line that ends with {@code ;} (a {@code ;} inside a line does not end it);</li>
 * <li>lines that start with {@code --} are comments, and blank lines are ignored;</li>
 * <li>no comment after the {@code ;} on the same line, no statement left without its {@code ;}, and no
 * transaction control ({@code BEGIN}, {@code COMMIT}...): the runner wraps each script in a transaction.</li>
 * </ul>
 * Breaking a rule fails loudly, naming the script and line, instead of running something else than was written.
 */
public record SqlScript(String name, String checksum, List<String> statements) {
    private static final Pattern COMMENT_AFTER_END = Pattern.compile(";\\s*--.*$");
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "^(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|START\\s+TRANSACTION)\\b.*", Pattern.DOTALL);

    public SqlScript {
        statements = List.copyOf(statements);
    }

    /** Parses a script; the checksum is over its text with line ends normalized, so a CRLF checkout changes nothing. */
    public static SqlScript parse(String name, String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] lines = normalized.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("--")) {
                continue;
            }
            if (COMMENT_AFTER_END.matcher(line).find()) {
                throw new MigrationException(name + " line " + (i + 1)
                        + ": put the comment on a line of its own, not after the ';'");
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(lines[i].stripTrailing());
            if (line.endsWith(";")) {
                String statement = current.substring(0, current.length() - 1).strip();
                current.setLength(0);
                if (statement.isEmpty()) {
                    continue;
                }
                if (TRANSACTION_CONTROL.matcher(statement.toUpperCase(Locale.ROOT)).matches()) {
                    throw new MigrationException(name + " line " + (i + 1)
                            + ": no transaction control in a migration script; each script runs in its own transaction");
                }
                statements.add(statement);
            }
        }
        if (!current.toString().isBlank()) {
            throw new MigrationException(name + ": the last statement does not end with ';' at the end of a line");
        }
        return new SqlScript(name, sha256(normalized), statements);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
