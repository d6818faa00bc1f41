package org.limber.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void variableTakesTheSegmentsValue() {
        PathTemplate template = new PathTemplate("/{id}/report");

        assertEquals(Optional.of(Map.of("id", "abc")), template.match("/abc/report"));
        assertEquals(Optional.of(Map.of("id", "knee-to-chest.v2")), template.match("/knee-to-chest.v2/report"));
    }

    @Test
    void severalVariables() {
        PathTemplate template = new PathTemplate("/packs/{pack}/sources/{source}");

        assertEquals(Optional.of(Map.of("pack", "sciatica", "source", "nhs")),
                template.match("/packs/sciatica/sources/nhs"));
    }

    @Test
    void literalSegmentsMustBeEqual() {
        PathTemplate template = new PathTemplate("/{id}/report");

        assertEquals(Optional.empty(), template.match("/abc/summary"));
        assertEquals(Optional.empty(), template.match("/abc/Report"), "literals are case-sensitive");
        assertEquals(Optional.empty(), template.match("/abc/reports"));
    }

    @Test
    void allLiteralTemplateMatchesWithNoVariables() {
        assertEquals(Optional.of(Map.of()), new PathTemplate("/areas").match("/areas"));
        assertEquals(Optional.empty(), new PathTemplate("/areas").match("/packs"));
    }

    @Test
    void trailingSlashIsIgnored() {
        PathTemplate template = new PathTemplate("/{id}/report");

        assertEquals(Optional.of(Map.of("id", "abc")), template.match("/abc/report/"));
        assertEquals(Optional.of(Map.of("id", "abc")), new PathTemplate("/{id}/report/").match("/abc/report"));
    }

    @Test
    void leadingSlashIsOptional() {
        assertEquals(Optional.of(Map.of("id", "abc")), new PathTemplate("/{id}").match("abc"));
        assertEquals(Optional.of(Map.of("id", "abc")), new PathTemplate("{id}").match("/abc"));
    }

    @Test
    void rootTemplateMatchesTheEmptyPath() {
        PathTemplate root = new PathTemplate("/");

        assertEquals(Optional.of(Map.of()), root.match(""));
        assertEquals(Optional.of(Map.of()), root.match("/"));
        assertEquals(Optional.of(Map.of()), root.match(null), "a servlet at its own root has no path info");
        assertEquals(Optional.of(Map.of()), new PathTemplate("").match("/"));
        assertEquals(Optional.empty(), root.match("/abc"));
    }

    @Test
    void variableDoesNotMatchTheEmptyPath() {
        PathTemplate template = new PathTemplate("/{id}");

        assertEquals(Optional.empty(), template.match(""));
        assertEquals(Optional.empty(), template.match("/"));
    }

    @Test
    void variableDoesNotMatchAnEmptySegment() {
        assertEquals(Optional.empty(), new PathTemplate("/{id}/report").match("//report"));
        assertEquals(Optional.empty(), new PathTemplate("/items/{id}").match("/items//"));
        assertEquals(Optional.empty(), new PathTemplate("/{a}/{b}").match("/x//"));
    }

    @Test
    void differentNumberOfSegmentsNeverMatches() {
        assertEquals(Optional.empty(), new PathTemplate("/{id}").match("/a/b"));
        assertEquals(Optional.empty(), new PathTemplate("/{id}/report").match("/abc"));
        assertEquals(Optional.empty(), new PathTemplate("/a/b").match("/a"));
        assertEquals(Optional.empty(), new PathTemplate("/a").match("/a/b"));
        assertEquals(Optional.empty(), new PathTemplate("/a").match("/a//"),
                "only one trailing slash is dropped");
    }

    @Test
    void aVariableMatchesOneSegmentOnly() {
        assertEquals(Optional.empty(), new PathTemplate("/files/{name}").match("/files/a/b.svg"));
    }

    @Test
    void matchedValuesAreNotDecoded() {
        assertEquals(Optional.of(Map.of("id", "a%20b")), new PathTemplate("/{id}").match("/a%20b"));
    }

    @Test
    void toStringIsTheTemplate() {
        assertEquals("/{id}/report", new PathTemplate("/{id}/report").toString());
    }
}
