package org.limber.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.PackInventory;
import org.limber.catalog.api.PackRecord;
import org.limber.catalog.api.PackState;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Packs dropped into deploy/ appear live and disappear when removed; bad packs and bad updates are reported while
 * every other pack keeps serving. One Karaf boot serves every test of this class.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT extends LimberTestSupport {
    @Inject
    CatalogService catalog;

    @Inject
    PackInventory inventory;

    @Configuration
    public Option[] config() {
        return limberDistribution();
    }

    @After
    public void emptyDeployFolder() throws Exception {
        File[] files = deployFolder().listFiles((dir, name) -> name.endsWith(".pack.json"));
        if (files != null) {
            for (File file : files) {
                Files.delete(file.toPath());
                await(file.getName() + " is gone from the inventory", () -> inventory.find(file.getName()).isEmpty());
            }
        }
    }

    @Test
    public void theDeskBreakPackAppearsAndGoes() throws Exception {
        Path target = deployFolder().toPath().resolve("desk-break.pack.json");
        Files.copy(Path.of(required("limber.deskbreak.pack")), target, StandardCopyOption.REPLACE_EXISTING);
        await("desk-break exercises are in the catalog", () -> count("desk-break") > 0);
        assertTrue(get("/api/v1/exercises?pack=desk-break").body().contains("\"packId\":\"desk-break\""));

        Files.delete(target);
        await("desk-break exercises are gone", () -> count("desk-break") == 0);
        assertTrue("the default pack still serves", count("sciatica") >= 18);
    }

    @Test
    public void aNewerVersionUpdatesAndAnOlderOneIsShadowed() throws Exception {
        drop("demo-1.0.0.pack.json", "demo.pack.json");
        await("demo 1.0.0 is active", () -> state("demo.pack.json").filter(r -> r.state() == PackState.ACTIVE).isPresent());
        drop("demo-0.9.0.pack.json", "demo-old.pack.json");
        await("demo 0.9.0 is shadowed", () -> state("demo-old.pack.json")
                .filter(r -> r.state() == PackState.SHADOWED && "1.0.0".equals(r.servingVersion())).isPresent());
        assertEquals("Demo pack", catalog.current().packs().stream().filter(p -> p.id().equals("demo"))
                .findFirst().orElseThrow().name());
    }

    @Test
    public void aBadUpdateKeepsTheLastGoodVersionServing() throws Exception {
        drop("demo-1.0.0.pack.json", "demo.pack.json");
        await("demo 1.0.0 is active", () -> state("demo.pack.json").filter(r -> r.state() == PackState.ACTIVE).isPresent());
        drop("demo-1.1.0-bad.pack.json", "demo.pack.json");
        await("the bad update is rejected for its schema violation", () -> state("demo.pack.json")
                .filter(r -> r.state() == PackState.REJECTED && r.problems().stream()
                        .anyMatch(p -> p.pointer().equals("/exercises/0/category"))).isPresent());
        PackRecord rejected = state("demo.pack.json").orElseThrow();
        assertEquals("1.0.0", rejected.servingVersion());
        assertTrue(rejected.problems().toString(), rejected.problems().stream()
                .anyMatch(p -> p.pointer().equals("/exercises/0/category")));
        assertEquals(1, count("demo"));
        assertTrue(get("/api/v1/packs").body().contains("/exercises/0/category"));
    }

    @Test
    public void badPacksAreReportedByFileAndHarmNothing() throws Exception {
        int before = count("sciatica");
        drop("broken.pack.json", "broken.pack.json");
        drop("scripted.pack.json", "scripted.pack.json");
        drop("future.pack.json", "future.pack.json");
        await("broken.pack.json is rejected", () -> state("broken.pack.json")
                .filter(r -> r.state() == PackState.REJECTED).isPresent());
        await("scripted.pack.json is rejected", () -> state("scripted.pack.json")
                .filter(r -> r.state() == PackState.REJECTED).isPresent());
        await("future.pack.json is unresolved", () -> state("future.pack.json")
                .filter(r -> r.state() == PackState.UNRESOLVED).isPresent());

        PackRecord broken = state("broken.pack.json").orElseThrow();
        assertEquals("broken.pack.json", broken.problems().get(0).file());
        PackRecord scripted = state("scripted.pack.json").orElseThrow();
        assertTrue(scripted.problems().toString(), scripted.problems().stream()
                .anyMatch(p -> p.pointer().startsWith("/illustrations/0")));
        assertTrue(state("future.pack.json").orElseThrow().problems().get(0).message().contains("format"));

        assertEquals(before, count("sciatica"));
        assertEquals(0, count("scripted"));
        assertEquals(200, get("/api/v1/health").statusCode());
        assertTrue(get("/api/v1/packs/broken.pack.json").body().contains("rejected"));
    }

    private void drop(String fixture, String fileName) throws IOException {
        Path target = deployFolder().toPath().resolve(fileName);
        Path temporary = Files.createTempFile(deployFolder().toPath().getParent(), "pack", ".tmp");
        try (InputStream in = HotDeployIT.class.getResourceAsStream("/packs/" + fixture)) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Optional<PackRecord> state(String fileName) {
        List<PackRecord> records = inventory.find(fileName);
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
    }

    private int count(String packId) {
        return catalog.current().find(new ExerciseQuery(null, null, java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(packId),
                ExerciseQuery.Sort.NAME, 0, ExerciseQuery.MAX_SIZE)).total();
    }
}
