package org.limber.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.PackInventory;
import org.limber.catalog.api.PackState;
import org.limber.catalog.api.model.Exercise;
import org.limber.safety.api.RedFlag;
import org.limber.safety.api.SafetyService;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The distribution boots with the default pack, the safety content, the REST API and the UI. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DistributionIT extends LimberTestSupport {
    @Inject
    BundleContext context;

    @Inject
    CatalogService catalog;

    @Inject
    PackInventory inventory;

    @Inject
    SafetyService safety;

    @Configuration
    public Option[] config() {
        return limberDistribution();
    }

    @Test
    public void everyLimberBundleIsActiveAndPaxWebIsAbsent() throws InterruptedException {
        // Conditional bundles (the shell commands) may still be starting when the first test runs.
        await("every Limber bundle is active", () -> Arrays.stream(context.getBundles())
                .filter(bundle -> bundle.getSymbolicName().startsWith("org.limber")
                        && !bundle.getSymbolicName().contains(".pack."))
                .allMatch(bundle -> bundle.getState() == Bundle.ACTIVE));
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name.startsWith("org.limber") && !name.contains(".pack.")) {
                assertEquals(name + " state", Bundle.ACTIVE, bundle.getState());
            }
            assertTrue("pax-web must not be installed: " + name, !name.startsWith("org.ops4j.pax.web"));
        }
    }

    @Test
    public void theDefaultPackIsServedWhole() throws Exception {
        await("the sciatica pack is active", () -> inventory.find("sciatica").stream()
                .anyMatch(r -> r.state() == PackState.ACTIVE));
        Set<String> ids = catalog.current().find(ExerciseQuery.all()).items().stream().map(Exercise::id)
                .collect(Collectors.toSet());
        for (String expected : Set.of("sciatica.knee-to-chest", "sciatica.cat-cow", "sciatica.mckenzie-press-up",
                "sciatica.glute-bridge", "sciatica.bird-dog", "sciatica.walking")) {
            assertTrue(expected + " in " + ids, ids.contains(expected));
        }
        assertTrue("at least 18 exercises, got " + ids.size(), ids.size() >= 18);
    }

    @Test
    public void safetyContentIsCore() {
        assertTrue(safety.content().redFlags().stream()
                .anyMatch(f -> f.urgency() == RedFlag.Urgency.EMERGENCY && f.title().toLowerCase().contains("bladder")));
        assertTrue(!safety.content().notice().shortText().isBlank());
    }

    @Test
    public void restApiAnswersWithEtagsAndProblems() throws Exception {
        await("the catalog serves exercises over HTTP", () -> {
            try {
                HttpResponse<String> response = get("/api/v1/exercises?inBed=true");
                return response.statusCode() == 200 && response.body().contains("sciatica.knee-to-chest");
            } catch (Exception e) {
                return false;
            }
        });
        HttpResponse<String> list = get("/api/v1/exercises?inBed=true");
        String etag = list.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/api/v1/exercises?inBed=true", "If-None-Match", etag).statusCode());

        HttpResponse<String> unknown = get("/api/v1/exercises/sciatica.no-such-thing");
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> bad = get("/api/v1/exercises?position=upside-down");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("position"));

        assertEquals(200, get("/api/v1/exercises?unknownParameter=1").statusCode());
        assertEquals(200, get("/api/v1/health").statusCode());
        assertEquals(200, get("/api/v1/safety").statusCode());
        assertEquals(200, get("/api/v1/guidance").statusCode());
        assertEquals(200, get("/api/v1/packs").statusCode());
        assertTrue(get("/api/v1/openapi.json").body().contains("/api/v1/exercises/{id}"));
    }

    @Test
    public void theWebUiIsServedAtTheRoot() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(200, get("/exercises/sciatica.cat-cow").statusCode());
    }
}
