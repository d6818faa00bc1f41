package org.limber.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Journal write load through Limber's REST API: {@code CLIENTS} users, each signed in with its own session, post
 * check-ins ({@code POST /api/v1/journal/check-ins}, a durable commit each).
 * <ul>
 * <li>{@code RATE > 0}: open loop at RATE writes/s in total, latency measured from each write's scheduled time, so a
 * stall shows in the figures instead of silently slowing the load down (no coordinated omission);</li>
 * <li>{@code RATE = 0}: closed loop, each client writes as fast as it is answered: the throughput ceiling.</li>
 * </ul>
 * Users {@code bench-user-N} are created by the administrator whose session cookie and CSRF token are given.
 *
 * <pre>java -cp limber-benchmarks-baseline.jar org.limber.benchmarks.JournalLoad BASE_URL ADMIN_USER ADMIN_PASSWORD CLIENTS RATE SECONDS</pre>
 * Prints JOURNAL_WRITES, JOURNAL_ERRORS, JOURNAL_PER_S, JOURNAL_P50_MS, JOURNAL_P99_MS, JOURNAL_MAX_MS.
 */
public final class JournalLoad {
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PASSWORD = "bench-password-7Qx!";

    private record Session(String cookie, String csrf) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    private JournalLoad(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int clients = Integer.parseInt(args[3]);
        double rate = Double.parseDouble(args[4]);
        int seconds = Integer.parseInt(args[5]);
        JournalLoad load = new JournalLoad(base);
        Session admin = load.login(args[1], args[2]);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String name = "bench-user-" + i;
            load.send(admin, "POST", "/api/v1/admin/users",
                    "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"user\"}");
            sessions.add(load.login(name, PASSWORD));
        }
        load.run(sessions, rate, seconds);
    }

    private void run(List<Session> sessions, double rate, int seconds) throws Exception {
        int clients = sessions.size();
        long[][] latencies = new long[clients][];
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime() + 200_000_000L;
        long end = start + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> client(sessions.get(client), client, clients, rate, start, end, errors)));
        }
        long total = 0;
        for (int c = 0; c < clients; c++) {
            latencies[c] = results.get(c).get();
            total += latencies[c].length;
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long[] all = new long[(int) total];
        int at = 0;
        for (long[] one : latencies) {
            System.arraycopy(one, 0, all, at, one.length);
            at += one.length;
        }
        Arrays.sort(all);
        System.out.printf("JOURNAL_WRITES=%d%nJOURNAL_ERRORS=%d%nJOURNAL_PER_S=%.1f%n", all.length, errors.get(),
                all.length / (double) seconds);
        if (all.length > 0) {
            System.out.printf("JOURNAL_P50_MS=%.2f%nJOURNAL_P99_MS=%.2f%nJOURNAL_MAX_MS=%.2f%n", all[all.length / 2] / 1e6,
                    all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6, all[all.length - 1] / 1e6);
        }
    }

    /** One client's writes; with a rate, client c takes every clients-th slot of the global schedule. */
    private long[] client(Session session, int client, int clients, double rate, long start, long end,
                          AtomicLong errors) throws InterruptedException {
        long interval = rate > 0 ? (long) (1_000_000_000L / rate) : 0;
        long[] latencies = new long[1 << 20];
        int count = 0;
        long slot = client;
        while (count < latencies.length) {
            long scheduled = rate > 0 ? start + slot * interval : System.nanoTime();
            if (scheduled >= end) {
                break;
            }
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            try {
                int status = send(session, "POST", "/api/v1/journal/check-ins", checkIn(slot)).statusCode();
                if (status != 201) {
                    errors.incrementAndGet();
                }
            } catch (IOException e) {
                errors.incrementAndGet();
            }
            latencies[count++] = System.nanoTime() - scheduled;
            slot += clients;
        }
        return Arrays.copyOf(latencies, count);
    }

    private static String checkIn(long n) {
        return "{\"backPain\":" + (n % 11) + ",\"legPain\":" + ((n + 3) % 11)
                + ",\"legExtent\":\"thigh\",\"tingling\":true,\"sleepQuality\":6,\"notes\":\"benchmark\"}";
    }

    private Session login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + user + " answered " + response.statusCode());
        }
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher csrf = CSRF.matcher(response.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no csrfToken in the sign-in answer");
        }
        return new Session(cookie, csrf.group(1));
    }

    private HttpResponse<String> send(Session session, String method, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Cookie", session.cookie())
                .header("X-CSRF-Token", session.csrf())
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
