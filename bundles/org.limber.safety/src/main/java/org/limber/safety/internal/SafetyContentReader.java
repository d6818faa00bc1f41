package org.limber.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.limber.catalog.api.model.Block;
import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.api.model.Source;
import org.limber.catalog.api.model.Wire;
import org.limber.safety.api.Notice;
import org.limber.safety.api.RedFlag;
import org.limber.safety.api.SafetyContent;
import org.limber.safety.api.StopRule;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads the safety content file shipped in this bundle and maps it to the API records. */
final class SafetyContentReader {
    static final String RESOURCE = "/safety/safety-content.json";
    static final String CORE = "core";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SafetyContentReader() {
    }

    static SafetyContent read() throws IOException {
        try (InputStream in = SafetyContentReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the bundle");
            }
            return map(MAPPER.readValue(in, SafetyFile.class));
        }
    }

    static SafetyContent map(SafetyFile file) {
        Notice notice = new Notice(file.notice().title(), file.notice().shortText(), file.notice().paragraphs());
        List<RedFlag> redFlags = file.redFlags().stream().map(f -> new RedFlag(f.id(), f.title(), f.description(),
                Wire.parse(RedFlag.Urgency.class, f.urgency()), orEmpty(f.sources()))).toList();
        List<StopRule> stopRules = file.stopRules().stream()
                .map(r -> new StopRule(r.id(), r.text(), orEmpty(r.sources()))).toList();
        List<GuidanceArticle> articles = file.articles().stream().map(a -> new GuidanceArticle(CORE + "." + a.id(),
                CORE, a.title(), a.summary(), a.topic(), a.blocks().stream()
                        .map(b -> new Block(Block.Kind.fromWire(b.kind()), b.text(), b.items())).toList(),
                orEmpty(a.sources()))).toList();
        List<Source> sources = file.sources().stream()
                .map(s -> new Source(s.id(), s.title(), s.publisher(), s.url())).toList();
        return new SafetyContent(notice, redFlags, stopRules, articles, sources);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
