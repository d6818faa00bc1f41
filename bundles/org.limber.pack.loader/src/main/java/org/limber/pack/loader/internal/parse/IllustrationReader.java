package org.limber.pack.loader.internal.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gets the SVG text of every illustration, inline or from a file next to the pack document, and keeps only
 * drawings that pass {@link SvgSafetyCheck}.
 */
final class IllustrationReader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final int maxSvgBytes;
    private final ResourceResolver files;
    private final Problems problems;

    IllustrationReader(int maxSvgBytes, ResourceResolver files, Problems problems) {
        this.maxSvgBytes = maxSvgBytes;
        this.files = files;
        this.problems = problems;
    }

    /** @return the safe drawings by local image id */
    Map<String, String> read(PackDocument pack) {
        Map<String, String> drawings = new LinkedHashMap<>();
        for (int i = 0; i < pack.illustrations().size(); i++) {
            IllustrationEntry entry = pack.illustrations().get(i);
            Optional<String> svg = Optional.empty();
            if (entry.svg() != null && entry.file() == null) {
                svg = inline(entry.svg(), JsonPointers.of("illustrations", i, "svg"));
            } else if (entry.file() != null && entry.svg() == null) {
                svg = fromFile(entry.file(), JsonPointers.of("illustrations", i, "file"));
            }
            if (svg.isPresent() && entry.id() != null) {
                drawings.putIfAbsent(entry.id(), svg.get());
            }
        }
        return drawings;
    }

    private Optional<String> inline(String svg, String pointer) {
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxSvgBytes) {
            problems.add(pointer, tooLarge(bytes));
            return Optional.empty();
        }
        return safe(withoutByteOrderMark(svg), pointer, "");
    }

    private Optional<String> fromFile(String path, String pointer) {
        if (!files.supportsFiles()) {
            problems.add(pointer, "file illustrations are only available in pack bundles; put the drawing"
                    + " inline in 'svg' instead");
            return Optional.empty();
        }
        String unsafe = pathProblem(path);
        if (unsafe != null) {
            problems.add(pointer, unsafe);
            return Optional.empty();
        }
        Optional<byte[]> bytes;
        try {
            bytes = files.read(path);
        } catch (IOException e) {
            problems.add(pointer, "cannot read '" + path + "': " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.isEmpty()) {
            problems.add(pointer, "cannot read '" + path + "': there is no such file in the pack bundle");
            return Optional.empty();
        }
        if (bytes.get().length > maxSvgBytes) {
            problems.add(pointer, "'" + path + "': " + tooLarge(bytes.get().length));
            return Optional.empty();
        }
        Optional<String> text = utf8(bytes.get());
        if (text.isEmpty()) {
            problems.add(pointer, "'" + path + "' is not UTF-8 text");
            return Optional.empty();
        }
        return safe(text.get(), pointer, "'" + path + "': ");
    }

    private Optional<String> safe(String svg, String pointer, String prefix) {
        var findings = SvgSafetyCheck.check(svg);
        findings.forEach(finding -> problems.add(pointer, prefix + finding));
        return findings.isEmpty() ? Optional.of(svg) : Optional.empty();
    }

    /** The schema's pattern allows '.' in paths, so "a/../../x.svg" gets this far. */
    static String pathProblem(String path) {
        if (path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
            return "path '" + path + "' must be relative to the pack document, with '/' between folders";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return "path '" + path + "' leaves the pack's folder ('..' is not allowed)";
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return "path '" + path + "' has an empty or '.' folder name";
            }
        }
        return null;
    }

    private String tooLarge(int bytes) {
        return "the SVG is " + bytes + " bytes, over the limit of " + maxSvgBytes + " bytes";
    }

    /** A byte order mark is harmless in a file but would make the served text not well-formed XML. */
    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(withoutByteOrderMark(text));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
