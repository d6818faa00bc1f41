package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Crash durability: several clients write check-ins at once, the Karaf JVM is killed with SIGKILL while they write,
 * Limber starts again, and every check-in whose write was acknowledged (201) is there, intact. Three rounds on the
 * same installation. Runs its own server, since it kills it.
 */
class CrashDurabilityIT {
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 3;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PASSWORD = "crash-test-Pw-4417";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Session(String cookie, String csrf) {
    }

    private record Written(long id, String notes, int backPain, int legPain) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Path workDir = Path.of(System.getProperty("limber.crashWorkDir", "target/limber-crash-it"));
        LimberServer server = LimberServer.start(LimberExtension.distributionArchive(), workDir,
                LimberExtension.startTimeout());
        try {
            URI base = server.baseUri();
            Session admin = setUp(base, awaitToken(server));
            List<String> users = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String name = "writer" + c;
                assertEquals(201, send(base, admin, "POST", "/api/v1/admin/users",
                        "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"user\"}")
                        .statusCode());
                users.add(name);
            }
            Map<String, List<Written>> acknowledged = new HashMap<>();
            users.forEach(user -> acknowledged.put(user, new ArrayList<>()));
            for (int round = 1; round <= ROUNDS; round++) {
                base = server.baseUri();
                List<Session> sessions = new ArrayList<>();
                for (String user : users) {
                    sessions.add(login(base, user, PASSWORD));
                }
                List<ConcurrentLinkedQueue<Written>> written = writeUntilKilled(server, base, sessions, round);
                server = server.restartAfterKill(LimberExtension.startTimeout());
                base = server.baseUri();
                for (int c = 0; c < CLIENTS; c++) {
                    acknowledged.get(users.get(c)).addAll(written.get(c));
                    Session session = login(base, users.get(c), PASSWORD);
                    String stored = send(base, session, "GET", "/api/v1/journal/check-ins?limit=1000", null).body();
                    for (Written w : acknowledged.get(users.get(c))) {
                        String expected = "\"id\":" + w.id() + ",";
                        int at = stored.indexOf(expected);
                        assertTrue(at >= 0, "round " + round + ": acknowledged check-in " + w.id() + " of "
                                + users.get(c) + " is missing after the kill");
                        String record = stored.substring(at, stored.indexOf('}', at));
                        assertTrue(record.contains("\"backPain\":" + w.backPain() + ",")
                                && record.contains("\"legPain\":" + w.legPain() + ",")
                                && record.contains("\"notes\":\"" + w.notes() + "\""),
                                "check-in " + w.id() + " is not intact: " + record);
                    }
                }
            }
            int total = acknowledged.values().stream().mapToInt(List::size).sum();
            assertTrue(total >= ROUNDS * ACKNOWLEDGED_BEFORE_KILL, "acknowledged writes: " + total);
        } finally {
            server.close();
        }
    }

    /** Starts one writer per session, kills the JVM once enough writes were acknowledged, returns what was. */
    private List<ConcurrentLinkedQueue<Written>> writeUntilKilled(LimberServer server, URI base, List<Session> sessions,
                                                                  int round) throws Exception {
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        List<ConcurrentLinkedQueue<Written>> written = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int c = 0; c < sessions.size(); c++) {
            ConcurrentLinkedQueue<Written> mine = new ConcurrentLinkedQueue<>();
            written.add(mine);
            Session session = sessions.get(c);
            int client = c;
            Thread writer = new Thread(() -> {
                for (int n = 0; ; n++) {
                    String notes = "round " + round + " client " + client + " write " + n;
                    int back = n % 11;
                    int leg = (n + client) % 11;
                    try {
                        HttpResponse<String> response = send(base, session, "POST", "/api/v1/journal/check-ins",
                                "{\"backPain\":" + back + ",\"legPain\":" + leg
                                        + ",\"legExtent\":\"thigh\",\"notes\":\"" + notes + "\"}");
                        if (response.statusCode() != 201) {
                            return;
                        }
                        Matcher id = ID.matcher(response.body());
                        assertTrue(id.find(), response.body());
                        mine.add(new Written(Long.parseLong(id.group(1)), notes, back, leg));
                        enough.countDown();
                    } catch (IOException e) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "crash-writer-" + c);
            writer.start();
            writers.add(writer);
        }
        assertTrue(enough.await(120, TimeUnit.SECONDS), "the writers did not get enough writes acknowledged");
        server.killJvm();
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(60));
        }
        return written;
    }

    /** The set-up token Limber prints to its log once its account service is up. */
    private static String awaitToken(LimberServer server) throws InterruptedException {
        Path log = server.home().resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String token;
        while ((token = Accounts.lastToken(log)) == null) {
            assertTrue(System.nanoTime() < deadline, "no set-up token in " + log);
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return token;
    }

    private Session setUp(URI base, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = post(base, "/api/v1/auth/setup",
                "{\"token\":\"" + token + "\",\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, response.statusCode(), response.body());
        return session(response);
    }

    private Session login(URI base, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post(base, "/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        return session(response);
    }

    private static Session session(HttpResponse<String> response) {
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher csrf = CSRF.matcher(response.body());
        assertTrue(csrf.find(), response.body());
        assertNotNull(cookie);
        return new Session(cookie, csrf.group(1));
    }

    private HttpResponse<String> post(URI base, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(URI base, Session session, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf())
                .timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
