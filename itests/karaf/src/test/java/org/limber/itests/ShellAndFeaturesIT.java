package org.limber.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.limber.account.api.AccountService;
import org.limber.account.api.Role;
import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.ExerciseQuery;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.dto.ServletContextDTO;
import org.osgi.service.servlet.runtime.dto.ServletDTO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The limber: shell commands, installing a pack feature at run time, and the OpenAPI document's truth. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellAndFeaturesIT extends LimberTestSupport {
    @Inject
    BundleContext context;

    @Inject
    SessionFactory sessions;

    @Inject
    FeaturesService features;

    @Inject
    CatalogService catalog;

    @Inject
    HttpServiceRuntime httpRuntime;

    @Inject
    AccountService accounts;

    @Configuration
    public Option[] config() {
        return limberDistribution();
    }

    @Test
    public void shellCommandsListShowAndReport() throws Exception {
        await("the sciatica pack is in the catalog", () -> count("sciatica") > 0);
        String exercises = execute("limber:exercises --in-bed -c stretch");
        assertTrue(exercises, exercises.contains("sciatica.knee-to-chest"));
        assertTrue(exercises, !exercises.contains("sciatica.glute-bridge"));

        String exercise = execute("limber:exercise sciatica.mckenzie-press-up");
        assertTrue(exercise, exercise.contains("Stop if:"));
        assertTrue(exercise, exercise.contains("Steps:"));

        String packs = execute("limber:packs");
        assertTrue(packs, packs.contains("sciatica") && packs.contains("active"));

        String report = execute("limber:pack-report sciatica");
        assertTrue(report, report.contains("active"));
    }

    @Test
    public void installingAPackFeatureChangesTheCatalogAndRestartsNothing() throws Exception {
        ServiceReference<CatalogService> before = context.getServiceReference(CatalogService.class);
        List<String> stopped = new CopyOnWriteArrayList<>();
        SynchronousBundleListener listener = event -> {
            if ((event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED)
                    && !event.getBundle().getSymbolicName().equals("org.limber.pack.deskbreak")) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        context.addBundleListener(listener);

        features.installFeature("limber-pack-deskbreak", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await("desk-break is in the catalog", () -> count("desk-break") > 0);
        features.uninstallFeature("limber-pack-deskbreak", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await("desk-break is gone", () -> count("desk-break") == 0);

        assertEquals("the catalog service was not re-registered", before.getProperty("service.id"),
                context.getServiceReference(CatalogService.class).getProperty("service.id"));
        context.removeBundleListener(listener);
        assertEquals("bundles stopped or refreshed by installing a pack", List.of(), stopped);
    }

    @Test
    public void thePostgresqlDriverInstallsFromTheDistributionAlone() throws Exception {
        String filter = "(&(objectClass=org.osgi.service.jdbc.DataSourceFactory)"
                + "(osgi.jdbc.driver.name=PostgreSQL JDBC Driver))";
        assertTrue("no PostgreSQL driver before", context.getServiceReferences((String) null, filter) == null);
        features.installFeature("limber-storage-postgresql", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await("the PostgreSQL DataSourceFactory is registered", () -> {
            try {
                return context.getServiceReferences((String) null, filter) != null;
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        features.uninstallFeature("limber-storage-postgresql",
                EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
    }

    @Test
    public void theOpenApiDocumentDescribesEveryServletAndEveryPathAnswers() throws Exception {
        JsonNode document = new ObjectMapper().readTree(get("/api/v1/openapi.json").body());
        Set<String> documented = new TreeSet<>();
        document.path("paths").fieldNames().forEachRemaining(documented::add);

        for (ServletContextDTO servletContext : httpRuntime.getRuntimeDTO().servletContextDTOs) {
            for (ServletDTO servlet : servletContext.servletDTOs) {
                for (String pattern : servlet.patterns) {
                    if (!pattern.startsWith("/api/")) {
                        continue;
                    }
                    String base = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : pattern;
                    assertTrue(pattern + " is documented in " + documented, documented.stream()
                            .anyMatch(path -> path.equals(base) || path.startsWith(base + "/")));
                }
            }
        }

        Map<String, String> samples = Map.of("/api/v1/exercises/{id}", "sciatica.cat-cow",
                "/api/v1/illustrations/{id}", firstIllustration(), "/api/v1/guidance/{id}",
                "core.when-to-see-a-professional", "/api/v1/packs/{id}", "sciatica");
        String administrator = signInAsAdministrator();
        for (Iterator<String> paths = documented.iterator(); paths.hasNext();) {
            String path = paths.next();
            JsonNode get = document.path("paths").path(path).path("get");
            if (path.equals("/api/v1/events") || get.isMissingNode()) {
                continue;
            }
            boolean known = !path.contains("{") || samples.containsKey(path);
            String concrete = path.replaceAll("\\{[^}]+}", samples.getOrDefault(path, "999999"));
            HttpResponse<String> anonymous = get(concrete);
            assertTrue(path + " answered " + anonymous.statusCode() + " which it does not document",
                    get.path("responses").has(Integer.toString(anonymous.statusCode())));
            if (anonymous.statusCode() == 401) {
                HttpResponse<String> signedIn = get(concrete, "Cookie", administrator);
                assertTrue(path + " answered " + signedIn.statusCode() + " signed in, which it does not document",
                        get.path("responses").has(Integer.toString(signedIn.statusCode())));
                assertEquals(path, known ? 200 : 404, signedIn.statusCode());
            } else {
                assertEquals(path, known ? 200 : 404, anonymous.statusCode());
            }
        }
    }

    /** An administrator made through the account service, signed in over HTTP: the session cookie. */
    private String signInAsAdministrator() throws Exception {
        String password = "itest-openapi-Password-3";
        accounts.create("openapi-admin", password, Role.ADMIN);
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"openapi-admin\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(login.body(), 200, login.statusCode());
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private String firstIllustration() {
        return catalog.current().exercise("sciatica.cat-cow").orElseThrow().illustration().frames().get(0).imageId();
    }

    private int count(String packId) {
        return catalog.current().find(new ExerciseQuery(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(packId), ExerciseQuery.Sort.NAME, 0, ExerciseQuery.MAX_SIZE)).total();
    }

    private String execute(String command) throws Exception {
        return execute(sessions, command);
    }
}
