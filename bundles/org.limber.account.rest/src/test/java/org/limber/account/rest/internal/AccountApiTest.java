package org.limber.account.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.rest.internal.Browser.Answer;
import org.limber.rest.RestServlet;

import com.fasterxml.jackson.databind.JsonNode;

/** The account API end to end: real HTTP to a real Jetty, the real filter, services and SQLite storage. */
class AccountApiTest {
    private static final String ADMIN_PASSWORD = "admin password 1";
    private static final String BOB_PASSWORD = "bob password 1";

    @TempDir
    Path folder;
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer(folder);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Browser browser() {
        return new Browser(server.base);
    }

    private Browser admin() throws Exception {
        Browser admin = browser();
        Answer setup = admin.post("/api/v1/auth/setup", "{\"token\":\"" + server.setupToken
                + "\",\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertEquals(201, setup.status(), () -> setup.json().toString());
        return admin;
    }

    /** Bob, a user created by the administrator, signed in in a browser of his own. */
    private Browser bob(Browser admin) throws Exception {
        Answer created = admin.post("/api/v1/admin/users",
                "{\"username\":\"bob\",\"password\":\"" + BOB_PASSWORD + "\",\"role\":\"user\"}");
        assertEquals(201, created.status(), () -> created.json().toString());
        Browser bob = browser();
        assertEquals(200, bob.login("bob", BOB_PASSWORD).status());
        return bob;
    }

    private static void assertProblem(Answer answer, int status) {
        assertEquals(status, answer.status(), () -> String.valueOf(answer.json()));
        assertEquals(RestServlet.PROBLEM_JSON, answer.header("Content-Type"));
        assertEquals("no-store", answer.header("Cache-Control"));
        assertEquals(status, answer.json().path("status").asInt());
    }

    private static void assertFieldError(Answer answer, int status, String field) {
        assertProblem(answer, status);
        assertEquals("/" + field, answer.json().path("errors").path(0).path("pointer").asText(),
                answer.json()::toString);
    }

    // ---- first run ----

    @Test
    void beforeSetUpNobodyIsSignedInAndSetUpIsPending() throws Exception {
        Answer session = browser().get("/api/v1/auth/session");

        assertEquals(200, session.status());
        assertEquals("no-store", session.header("Cache-Control"));
        JsonNode body = session.json();
        assertFalse(body.path("authenticated").asBoolean());
        assertTrue(body.path("user").isNull());
        assertTrue(body.path("csrfToken").isNull());
        assertTrue(body.path("expiresAt").isNull());
        assertFalse(body.path("setUp").asBoolean());
        assertFalse(body.path("registrationOpen").asBoolean());
    }

    @Test
    void setUpNeedsTheTokenFromTheLogAndHappensOnce() throws Exception {
        Browser visitor = browser();
        Answer wrong = visitor.post("/api/v1/auth/setup",
                "{\"token\":\"guess\",\"username\":\"mallory\",\"password\":\"kz7-Hq2w-x\"}");
        assertFieldError(wrong, 403, "token");
        assertNull(wrong.header("Set-Cookie"));

        Answer setup = visitor.post("/api/v1/auth/setup", "{\"token\":\"" + server.setupToken
                + "\",\"username\":\"Admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");

        assertEquals(201, setup.status());
        assertEquals("no-store", setup.header("Cache-Control"));
        JsonNode body = setup.json();
        assertTrue(body.path("authenticated").asBoolean());
        assertEquals("admin", body.path("user").path("username").asText());
        assertEquals("admin", body.path("user").path("role").asText());
        assertTrue(body.path("setUp").asBoolean());
        assertFalse(body.path("csrfToken").asText().isEmpty());
        assertNotNull(visitor.cookie);

        Answer again = browser().post("/api/v1/auth/setup", "{\"token\":\"" + server.setupToken
                + "\",\"username\":\"mallory\",\"password\":\"kz7-Hq2w-x\"}");
        assertProblem(again, 409);
    }

    @Test
    void setUpNamesTheFieldAtFault() throws Exception {
        String token = server.setupToken;
        assertFieldError(browser().post("/api/v1/auth/setup",
                "{\"token\":\"" + token + "\",\"username\":\"admin\",\"password\":\"short\"}"), 400, "password");
        assertFieldError(browser().post("/api/v1/auth/setup",
                "{\"token\":\"" + token + "\",\"username\":\"admin\",\"password\":\"password123\"}"), 400, "password");
        assertFieldError(browser().post("/api/v1/auth/setup",
                "{\"token\":\"" + token + "\",\"username\":\"a d\",\"password\":\"kz7-Hq2w-x\"}"), 400, "username");
        assertFieldError(browser().post("/api/v1/auth/setup",
                "{\"token\":\"" + token + "\",\"password\":\"kz7-Hq2w-x\"}"), 400, "username");
        assertEquals(201, browser().post("/api/v1/auth/setup",
                "{\"token\":\"" + token + "\",\"username\":\"admin\",\"password\":\"kz7-Hq2w-x\"}").status());
    }

    // ---- signing in and out ----

    @Test
    void signInSetsAnHttpOnlySameSiteStrictSessionCookie() throws Exception {
        admin();
        Browser browser = browser();

        Answer login = browser.login("ADMIN", ADMIN_PASSWORD);

        assertEquals(200, login.status());
        String cookie = login.header("Set-Cookie");
        assertTrue(cookie.startsWith("limber_session=" + browser.cookie + ";"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(cookie.contains("; Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
        assertFalse(cookie.contains("Max-Age") || cookie.contains("Expires"), "a session cookie: " + cookie);
        assertEquals("no-store", login.header("Cache-Control"));
        assertEquals(browser.csrfToken, login.json().path("csrfToken").asText());
        assertFalse(login.json().path("expiresAt").asText().isEmpty());

        JsonNode session = browser.get("/api/v1/auth/session").json();
        assertTrue(session.path("authenticated").asBoolean());
        assertEquals(browser.csrfToken, session.path("csrfToken").asText());
    }

    @Test
    void everySignInGetsANewSessionIdAndEndsThePreviousOne() throws Exception {
        Browser browser = admin();
        String first = browser.cookie;

        assertEquals(200, browser.login("admin", ADMIN_PASSWORD).status());
        String second = browser.cookie;

        assertNotEquals(first, second);
        Browser stale = browser();
        stale.cookie = first;
        assertFalse(stale.get("/api/v1/auth/session").json().path("authenticated").asBoolean());
        assertTrue(browser.get("/api/v1/auth/session").json().path("authenticated").asBoolean());
    }

    @Test
    void wrongCredentialsAre401AndUnknownUsersLookTheSame() throws Exception {
        admin();
        Answer wrongPassword = browser().login("admin", "not the password");
        Answer unknownUser = browser().login("nobody", "not the password");

        assertProblem(wrongPassword, 401);
        assertProblem(unknownUser, 401);
        assertEquals("Wrong username or password", wrongPassword.json().path("title").asText());
        assertEquals(wrongPassword.json(), unknownUser.json());
        assertNull(wrongPassword.header("Set-Cookie"));
    }

    @Test
    void repeatedFailuresAre429WithRetryAfter() throws Exception {
        admin();
        for (int i = 0; i < 5; i++) {
            assertProblem(browser().login("admin", "guess number " + i), 401);
        }

        Answer limited = browser().login("admin", ADMIN_PASSWORD);

        assertProblem(limited, 429);
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After: " + retryAfter);
    }

    @Test
    void logoutEndsTheSessionOnTheServer() throws Exception {
        Browser browser = admin();
        String id = browser.cookie;

        Answer logout = browser.post("/api/v1/auth/logout", "");

        assertEquals(204, logout.status());
        assertTrue(logout.header("Set-Cookie").startsWith("limber_session=;"), logout.header("Set-Cookie"));
        assertTrue(logout.header("Set-Cookie").contains("Max-Age=0"));
        Browser replay = browser();
        replay.cookie = id;
        assertProblem(replay.get("/api/v1/admin/users"), 401);
        assertFalse(replay.get("/api/v1/auth/session").json().path("authenticated").asBoolean());
    }

    // ---- CSRF ----

    @Test
    void aSignedInStateChangeWithoutTheCsrfTokenIs403() throws Exception {
        Browser browser = admin();
        String token = browser.csrfToken;

        browser.csrfToken = null;
        Answer missing = browser.post("/api/v1/auth/logout", "");
        browser.csrfToken = "A" + token.substring(1);
        Answer wrong = browser.put("/api/v1/admin/settings", "{\"registrationOpen\":true}");
        browser.csrfToken = null;
        Answer journal = browser.post("/api/v1/journal/check-ins", "{}");

        assertProblem(missing, 403);
        assertEquals("CSRF token missing or wrong", missing.json().path("title").asText());
        assertProblem(wrong, 403);
        assertProblem(journal, 403);
        browser.csrfToken = token;
        assertTrue(browser.get("/api/v1/auth/session").json().path("authenticated").asBoolean(), "still signed in");
        assertFalse(browser.get("/api/v1/admin/settings").json().path("registrationOpen").asBoolean());
        assertEquals(204, browser.post("/api/v1/auth/logout", "").status());
    }

    @Test
    void readsNeedNoCsrfToken() throws Exception {
        Browser browser = admin();
        browser.csrfToken = null;

        assertEquals(200, browser.get("/api/v1/admin/users").status());
    }

    @Test
    void aStateChangeFromAnotherOriginIs403() throws Exception {
        admin();
        Browser visitor = browser();
        visitor.headers.put("Origin", "https://evil.example");

        Answer login = visitor.login("admin", ADMIN_PASSWORD);
        Answer register = visitor.post("/api/v1/auth/register", "{\"username\":\"eve\",\"password\":\"kz7-Hq2w-x\"}");

        assertProblem(login, 403);
        assertProblem(register, 403);
        assertNull(login.header("Set-Cookie"));

        visitor.headers.put("Origin", "null");
        assertProblem(visitor.login("admin", ADMIN_PASSWORD), 403);
        visitor.headers.put("Origin", server.base.toString());
        assertEquals(200, visitor.login("admin", ADMIN_PASSWORD).status());
    }

    @Test
    void aSignedInRequestFromAnotherOriginIs403EvenWithTheToken() throws Exception {
        Browser browser = admin();
        browser.headers.put("Origin", "http://127.0.0.1:1");

        assertProblem(browser.put("/api/v1/admin/settings", "{\"registrationOpen\":true}"), 403);
    }

    // ---- who may do what ----

    @Test
    void journalAndAccountNeedASession() throws Exception {
        Browser visitor = browser();

        assertProblem(visitor.get("/api/v1/journal/check-ins"), 401);
        assertProblem(visitor.get("/api/v1/journal"), 401);
        assertProblem(visitor.get("/api/v1/account"), 401);
        assertProblem(visitor.post("/api/v1/account/delete", "{\"password\":\"x\"}"), 401);
        assertProblem(visitor.get("/api/v1/admin/users"), 401);
        assertEquals(200, visitor.get("/api/v1/exercises/bridge").status(), "the catalog stays public");
        assertNull(visitor.get("/api/v1/exercises/bridge").json().path("principal").textValue());
    }

    @Test
    void theSignedInUserIsThePrincipalOfEveryResource() throws Exception {
        Browser bob = bob(admin());

        JsonNode echo = bob.get("/api/v1/journal/check-ins").json();

        assertEquals("bob", echo.path("principal").asText());
        assertEquals("bob", echo.path("remoteUser").asText());
        assertFalse(echo.path("admin").asBoolean());
        assertEquals("127.0.0.1", echo.path("remoteAddr").asText());
        assertEquals(200, bob.get("/api/v1/exercises").status());
        assertEquals("bob", bob.get("/api/v1/exercises").json().path("principal").asText());
    }

    @Test
    void administratorRoutesAre403ForUsers() throws Exception {
        Browser admin = admin();
        Browser bob = bob(admin);
        long adminId = admin.get("/api/v1/account").json().path("id").asLong();

        assertProblem(bob.get("/api/v1/admin/users"), 403);
        assertProblem(bob.post("/api/v1/admin/users", "{\"username\":\"eve\",\"password\":\"kz7-Hq2w-x\"}"), 403);
        assertProblem(bob.patch("/api/v1/admin/users/" + adminId, "{\"disabled\":true}"), 403);
        assertProblem(bob.delete("/api/v1/admin/users/" + adminId), 403);
        assertProblem(bob.get("/api/v1/admin/settings"), 403);
        assertProblem(bob.put("/api/v1/admin/settings", "{\"registrationOpen\":true}"), 403);
        assertProblem(bob.post("/api/v1/admin/backups", ""), 403);
        assertProblem(bob.post("/api/v1/packs", "{}"), 403);
        assertProblem(bob.delete("/api/v1/packs/my.pack.json"), 403);
        assertEquals(200, bob.get("/api/v1/packs").status(), "reading packs is for everyone");
        assertEquals(200, admin.post("/api/v1/packs", "{}").status());
        assertEquals(2, admin.get("/api/v1/admin/users").json().path("items").size());
    }

    @Test
    void aUserReachesOnlyTheirOwnAccount() throws Exception {
        Browser admin = admin();
        Browser bob = bob(admin);

        JsonNode own = bob.get("/api/v1/account").json();
        assertEquals("bob", own.path("username").asText());
        assertEquals("user", own.path("role").asText());
        assertFalse(own.path("createdAt").asText().isEmpty());

        long adminId = admin.get("/api/v1/account").json().path("id").asLong();
        assertProblem(bob.get("/api/v1/account/" + adminId), 404);
        assertEquals("bob", bob.get("/api/v1/account?id=" + adminId).json().path("username").asText(),
                "no parameter selects another account");
        assertFieldError(bob.post("/api/v1/account/delete", "{\"password\":\"" + ADMIN_PASSWORD + "\"}"), 403,
                "password");
        assertEquals(204, bob.post("/api/v1/account/delete", "{\"password\":\"" + BOB_PASSWORD + "\"}").status());
        assertEquals(1, admin.get("/api/v1/admin/users").json().path("items").size());
        assertEquals("admin", admin.get("/api/v1/account").json().path("username").asText());
    }

    // ---- registration ----

    @Test
    void registrationFollowsTheAdministratorsSetting() throws Exception {
        Browser admin = admin();
        String body = "{\"username\":\"carol\",\"password\":\"carol password 1\"}";
        assertProblem(browser().post("/api/v1/auth/register", body), 403);

        Answer opened = admin.put("/api/v1/admin/settings", "{\"registrationOpen\":true}");
        assertEquals(200, opened.status());
        assertTrue(opened.json().path("registrationOpen").asBoolean());
        assertTrue(browser().get("/api/v1/auth/session").json().path("registrationOpen").asBoolean());

        Browser carol = browser();
        Answer registered = carol.post("/api/v1/auth/register", body);
        assertEquals(201, registered.status());
        assertTrue(registered.json().path("authenticated").asBoolean());
        assertEquals("user", registered.json().path("user").path("role").asText());
        assertEquals("carol", carol.get("/api/v1/account").json().path("username").asText());

        assertFieldError(browser().post("/api/v1/auth/register",
                "{\"username\":\"CAROL\",\"password\":\"another password 1\"}"), 409, "username");
        assertFieldError(admin.put("/api/v1/admin/settings", "{}"), 400, "registrationOpen");
    }

    // ---- administration ----

    @Test
    void administratorsCreateDisableAndDeleteAccounts() throws Exception {
        Browser admin = admin();
        Browser bob = bob(admin);
        JsonNode users = admin.get("/api/v1/admin/users").json().path("items");
        assertEquals("bob", users.path(1).path("username").asText());
        long bobId = users.path(1).path("id").asLong();

        Answer disabled = admin.patch("/api/v1/admin/users/" + bobId, "{\"disabled\":true}");
        assertEquals(200, disabled.status());
        assertTrue(disabled.json().path("disabled").asBoolean());
        assertEquals("no-store", disabled.header("Cache-Control"));
        assertProblem(bob.get("/api/v1/account"), 401);
        assertProblem(browser().login("bob", BOB_PASSWORD), 401);

        assertEquals(200, admin.patch("/api/v1/admin/users/" + bobId, "{\"disabled\":false}").status());
        assertEquals(204, admin.delete("/api/v1/admin/users/" + bobId).status());
        assertProblem(admin.delete("/api/v1/admin/users/" + bobId), 404);
        assertProblem(admin.patch("/api/v1/admin/users/4711", "{\"disabled\":true}"), 404);
        assertProblem(admin.patch("/api/v1/admin/users/abc", "{\"disabled\":true}"), 404);
        assertFieldError(admin.patch("/api/v1/admin/users/" + bobId, "{}"), 400, "disabled");

        Answer admin2 = admin.post("/api/v1/admin/users",
                "{\"username\":\"second\",\"password\":\"second password 1\",\"role\":\"admin\"}");
        assertEquals(201, admin2.status());
        assertEquals("admin", admin2.json().path("role").asText());
        assertFalse(admin2.json().path("disabled").asBoolean());
        assertFieldError(admin.post("/api/v1/admin/users",
                "{\"username\":\"third\",\"password\":\"third password 1\",\"role\":\"root\"}"), 400, "role");
        assertFieldError(admin.post("/api/v1/admin/users",
                "{\"username\":\"second\",\"password\":\"second password 1\"}"), 409, "username");
    }

    @Test
    void theLastAdministratorStays() throws Exception {
        Browser admin = admin();
        long adminId = admin.get("/api/v1/account").json().path("id").asLong();

        assertFieldError(admin.patch("/api/v1/admin/users/" + adminId, "{\"disabled\":true}"), 409, "disabled");
        assertProblem(admin.delete("/api/v1/admin/users/" + adminId), 409);
        assertProblem(admin.post("/api/v1/account/delete", "{\"password\":\"" + ADMIN_PASSWORD + "\"}"), 409);
        assertTrue(admin.get("/api/v1/auth/session").json().path("authenticated").asBoolean());
    }

    @Test
    void backupsAre409WithoutAnEmbeddedDatabase() throws Exception {
        Browser admin = admin();

        Answer refused = admin.post("/api/v1/admin/backups", "");

        assertProblem(refused, 409);
        assertTrue(refused.json().path("detail").asText().contains("pg_dump"));
    }

    @Test
    void backupsWriteACopyOfTheDatabase() throws Exception {
        Browser admin = admin();
        Path backups = folder.resolve("backups");
        server.backups.setBackup(server.sqliteBackup(backups));

        Answer backup = admin.post("/api/v1/admin/backups", "");

        assertEquals(201, backup.status(), () -> backup.json().toString());
        Path file = Path.of(backup.json().path("file").asText());
        assertTrue(file.startsWith(backups) && file.getFileName().toString().matches("limber-\\d{8}-\\d{6}-\\d{3}\\.db"),
                file.toString());
        assertEquals(Files.size(file), backup.json().path("bytes").asLong());
        assertEquals(server.storage.status().schemaVersion(), backup.json().path("schemaVersion").asInt());
        assertEquals("no-store", backup.header("Cache-Control"));
    }

    // ---- passwords ----

    @Test
    void changingThePasswordEndsOtherSessionsAndKeepsThisBrowserSignedIn() throws Exception {
        Browser admin = admin();
        Browser bob = bob(admin);
        Browser bobsPhone = browser();
        assertEquals(200, bobsPhone.login("bob", BOB_PASSWORD).status());

        assertFieldError(bob.put("/api/v1/account/password",
                "{\"currentPassword\":\"wrong one\",\"newPassword\":\"a new long one\"}"), 403, "currentPassword");
        assertFieldError(bob.put("/api/v1/account/password",
                "{\"currentPassword\":\"" + BOB_PASSWORD + "\",\"newPassword\":\"short\"}"), 400, "newPassword");
        String before = bob.cookie;

        Answer changed = bob.put("/api/v1/account/password",
                "{\"currentPassword\":\"" + BOB_PASSWORD + "\",\"newPassword\":\"a new long one\"}");

        assertEquals(204, changed.status());
        assertNotEquals(before, bob.cookie, "a new session id");
        assertTrue(bob.get("/api/v1/auth/session").json().path("authenticated").asBoolean());
        assertEquals("bob", bob.get("/api/v1/account").json().path("username").asText());
        assertProblem(bobsPhone.get("/api/v1/account"), 401);
        assertProblem(browser().login("bob", BOB_PASSWORD), 401);
        assertEquals(200, browser().login("bob", "a new long one").status());
    }

    // ---- bad input ----

    @Test
    void malformedBodiesAre400() throws Exception {
        admin();
        Browser visitor = browser();

        assertProblem(visitor.post("/api/v1/auth/login", "{\"username\":"), 400);
        assertProblem(visitor.post("/api/v1/auth/login", "[1,2]"), 400);
        assertProblem(visitor.post("/api/v1/auth/login", "null"), 400);
        assertProblem(visitor.post("/api/v1/auth/login", ""), 400);
        assertProblem(visitor.post("/api/v1/auth/login", "{\"username\":\"a\",\"username\":\"b\"}"), 400);
        assertProblem(visitor.post("/api/v1/auth/login", "[".repeat(100) + "]".repeat(100)), 400);
        assertProblem(visitor.send(visitor.request("/api/v1/auth/login")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin")).header("Content-Type",
                        "application/x-www-form-urlencoded")), 415);
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        admin();
        Browser visitor = browser();
        String huge = "{\"username\":\"admin\",\"password\":\"" + "x".repeat(20_000) + "\"}";

        Answer tooLarge = visitor.sendUnread(visitor.request("/api/v1/auth/login")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).header("Content-Type", "application/json"));

        assertProblem(tooLarge, 413);
        assertNull(tooLarge.header("Set-Cookie"));
    }

    @Test
    void aHugePasswordIsJustWrong() throws Exception {
        admin();
        String long8k = "{\"username\":\"admin\",\"password\":\"" + "x".repeat(8_000) + "\"}";

        assertProblem(browser().post("/api/v1/auth/login", long8k), 401);
    }

    @Test
    void garbageCookiesAreIgnored() throws Exception {
        Browser browser = admin();
        Browser forged = browser();
        forged.cookie = "../../etc/passwd";

        assertProblem(forged.get("/api/v1/account"), 401);
        forged.cookie = "x".repeat(43);
        assertProblem(forged.get("/api/v1/account"), 401);
        assertEquals(200, browser.get("/api/v1/account").status());
    }

    @Test
    void theFirstOfSeveralSessionCookiesThatIsValidCounts() throws Exception {
        Browser admin = admin();

        HttpRequest.Builder request = browser().request("/api/v1/account")
                .header("Cookie", "limber_session=planted-by-a-sibling; limber_session=" + admin.cookie);
        Answer answer = browser().send(request);

        assertEquals(200, answer.status());
        assertEquals("admin", answer.json().path("username").asText());
    }

    @Test
    void responsesNeverCarrySecretsTheyDoNotNeed() throws Exception {
        Browser admin = admin();
        String users = new String(admin.get("/api/v1/admin/users").response().body(), StandardCharsets.UTF_8);

        assertFalse(users.contains("argon2"), users);
        assertFalse(users.toLowerCase(java.util.Locale.ROOT).contains("password"), users);
    }
}
