package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.pack.loader.internal.parse.TestPacks.accepted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.Source;
import org.limber.catalog.api.model.TemplateItem;

/** The packs this repository ships load through the real parser: the sciatica pack (format 2) and the desk break (format 1). */
class ShippedPacksTest {
    private static final Path BUNDLES = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("..").normalize();

    private static ParseOutcome.Accepted load(String module, String document) throws IOException {
        Path file = BUNDLES.resolve(module).resolve("src/main/resources/pack").resolve(document);
        Path folder = file.getParent();
        ResourceResolver files = path -> {
            Path target = folder.resolve(path);
            return Files.isRegularFile(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty();
        };
        return accepted(TestPacks.PARSER.parse(document, Files.readAllBytes(file), files));
    }

    @Test
    void sciaticaPackLoadsWithItsTemplatesAndNoWarnings() throws IOException {
        ParseOutcome.Accepted sciatica = load("org.limber.pack.sciatica", "sciatica.pack.json");
        PackContent content = sciatica.content();

        assertEquals(List.of(), sciatica.warnings());
        assertEquals(2, content.info().schemaVersion());
        assertEquals(List.of("sciatica.bedtime-in-bed", "sciatica.gentle-daily", "sciatica.acute-phase"),
                content.templates().stream().map(RoutineTemplate::id).toList());
    }

    @Test
    void everySciaticaTemplateItemResolvesToAnExerciseOfThePack() throws IOException {
        PackContent content = load("org.limber.pack.sciatica", "sciatica.pack.json").content();
        Set<String> exercises = content.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
        Set<String> sources = content.info().sources().stream().map(Source::id).collect(Collectors.toSet());

        for (RoutineTemplate template : content.templates()) {
            assertEquals("sciatica", template.packId());
            assertFalse(template.sections().isEmpty(), template.id());
            assertTrue(sources.containsAll(template.sourceIds()), template.id());
            List<TemplateItem> items = template.sections().stream().flatMap(s -> s.items().stream()).toList();
            assertFalse(items.isEmpty(), template.id());
            for (TemplateItem item : items) {
                assertTrue(exercises.contains(item.exerciseId()), template.id() + ": " + item.exerciseId());
            }
        }
    }

    @Test
    void deskBreakPackStillLoadsAsFormatOneWithoutTemplates() throws IOException {
        PackContent content = load("org.limber.pack.deskbreak", "desk-break.pack.json").content();

        assertEquals(1, content.info().schemaVersion());
        assertEquals("desk-break", content.info().id());
        assertFalse(content.exercises().isEmpty());
        assertEquals(List.of(), content.templates());
    }
}
