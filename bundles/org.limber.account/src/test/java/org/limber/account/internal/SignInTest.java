package org.limber.account.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.api.Account;
import org.limber.account.api.ActiveSession;
import org.limber.account.api.LoginRefusedException;
import org.limber.account.api.NewSession;
import org.limber.account.api.Role;
import org.limber.account.internal.Argon2Hash.Cost;
import org.limber.storage.api.StoredSession;

/** {@link SignIn} over a real SQLite database, with a clock the test moves. */
class SignInTest {
    private static final String BOB_PASSWORD = "bob password 1";

    @TempDir
    Path folder;
    private Fixture fixture;
    private SignIn signIn;
    private Account bob;

    @BeforeEach
    void open() {
        fixture = new Fixture(folder);
        signIn = fixture.signIn;
        fixture.admin();
        bob = fixture.user("bob");
    }

    private LoginRefusedException refused(String username, String password, String address) {
        return assertThrows(LoginRefusedException.class, () -> signIn.login(username, password, address));
    }

    private StoredSession stored(String id) {
        return fixture.storage.sessions().find(SessionIds.hash(id)).orElseThrow();
    }

    // ---- signing in ----

    @Test
    void rightCredentialsOpenASessionStoredOnlyAsAHash() {
        NewSession session = signIn.login(" BOB ", BOB_PASSWORD, Fixture.ADDRESS);

        assertEquals(bob, session.account());
        assertTrue(session.id().matches("[A-Za-z0-9_-]{43}"), "32 random bytes, base64url");
        assertEquals(fixture.clock.instant().plus(Duration.ofHours(12)), session.expiresAt());
        assertEquals(SessionIds.csrfToken(session.id()), session.csrfToken());
        assertNotEquals(session.id(), session.csrfToken());
        assertEquals(bob.id(), stored(session.id()).userId());
        assertTrue(fixture.storage.sessions().find(session.id()).isEmpty(), "the id itself is not a key");
        assertFalse(session.toString().contains(session.id()));
    }

    @Test
    void everySignInGetsANewSessionId() {
        NewSession first = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);
        NewSession second = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);

        assertNotEquals(first.id(), second.id());
        assertNotEquals(first.csrfToken(), second.csrfToken());
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        LoginRefusedException wrongPassword = refused("bob", "not bob's password", Fixture.ADDRESS);
        LoginRefusedException unknownUser = refused("nobody", "not bob's password", Fixture.ADDRESS);
        LoginRefusedException malformed = refused("no body at all", "x", Fixture.ADDRESS);

        assertEquals(SignIn.WRONG_CREDENTIALS, wrongPassword.getMessage());
        assertEquals(wrongPassword.getMessage(), unknownUser.getMessage());
        assertEquals(wrongPassword.getMessage(), malformed.getMessage());
        assertNull(wrongPassword.retryAfter());
        assertNull(unknownUser.retryAfter());
        assertFalse(wrongPassword.rateLimited());
    }

    @Test
    void aDisabledAccountIsRefusedLikeAWrongPassword() {
        fixture.accounts.setDisabled(bob.id(), true);

        assertEquals(SignIn.WRONG_CREDENTIALS, refused("bob", BOB_PASSWORD, Fixture.ADDRESS).getMessage());
    }

    @Test
    void unknownUsersTakeAsLongAsWrongPasswords(@TempDir Path other) {
        Fixture real = new Fixture(other, PasswordHasher.STANDARD, 1000, 1000);
        real.admin();
        real.user("bob");
        real.signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);
        assertThrows(LoginRefusedException.class, () -> real.signIn.login("nobody", "warm-up", Fixture.ADDRESS));

        long wrong = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        long right = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            assertThrows(LoginRefusedException.class, () -> real.signIn.login("bob", "wrong password", Fixture.ADDRESS));
            wrong = Math.min(wrong, System.nanoTime() - start);
            start = System.nanoTime();
            assertThrows(LoginRefusedException.class, () -> real.signIn.login("nobody", "wrong password", Fixture.ADDRESS));
            unknown = Math.min(unknown, System.nanoTime() - start);
            start = System.nanoTime();
            real.signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);
            right = Math.min(right, System.nanoTime() - start);
        }
        double ratio = (double) unknown / wrong;
        System.out.printf("sign-in with argon2id %s: right %d ms, wrong password %d ms, unknown user %d ms%n",
                PasswordHasher.STANDARD, right / 1_000_000, wrong / 1_000_000, unknown / 1_000_000);
        assertTrue(ratio > 0.6 && ratio < 1.7, "unknown " + unknown / 1000 + " µs vs wrong " + wrong / 1000 + " µs");
    }

    @Test
    void weakerStoredHashesAreUpgradedAtSignIn(@TempDir Path other) {
        Fixture weak = new Fixture(other, new Cost(256, 1, 1), 5, 20);
        weak.admin();
        Account carol = weak.accounts.create("carol", "carol password 1", Role.USER);
        SignIn stronger = new SignIn(weak.storage.users(), weak.storage.sessions(),
                new PasswordHasher(Fixture.CHEAP), new LoginThrottle(5, 20, Duration.ofMinutes(15), weak.clock),
                new SignIn.Timeouts(Duration.ofMinutes(30), Duration.ofHours(12)), weak.clock, null);

        stronger.login("carol", "carol password 1", Fixture.ADDRESS);

        String upgraded = weak.storage.users().byId(carol.id()).orElseThrow().passwordHash();
        assertTrue(upgraded.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"), upgraded);
        assertEquals(carol.id(), stronger.login("carol", "carol password 1", Fixture.ADDRESS).account().id());
    }

    // ---- rate limits ----

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            refused("bob", "guess " + i, "198.51.100." + i);
        }

        LoginRefusedException locked = refused("bob", BOB_PASSWORD, Fixture.ADDRESS);
        assertTrue(locked.rateLimited());
        assertEquals(Duration.ofMinutes(15), locked.retryAfter());
        assertTrue(locked.getMessage().contains("15 minutes"), locked.getMessage());

        fixture.clock.advance(Duration.ofMinutes(15));
        assertEquals(bob, signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS).account());
    }

    @Test
    void unknownUsernamesAreLimitedLikeRealOnes() {
        for (int i = 0; i < 5; i++) {
            refused("nobody", "guess " + i, "198.51.100." + i);
        }
        assertTrue(refused("nobody", "guess", Fixture.ADDRESS).rateLimited());
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddress() {
        for (int i = 0; i < 20; i++) {
            refused("user" + i, "guess", Fixture.ADDRESS);
        }

        assertTrue(refused("bob", BOB_PASSWORD, Fixture.ADDRESS).rateLimited());
        assertEquals(bob, signIn.login("bob", BOB_PASSWORD, "198.51.100.1").account());
    }

    @Test
    void aSuccessResetsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            refused("bob", "guess " + i, Fixture.ADDRESS);
        }
        signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);
        for (int i = 0; i < 4; i++) {
            refused("bob", "guess " + i, Fixture.ADDRESS);
        }
        assertEquals(bob, signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS).account());
    }

    // ---- sessions ----

    @Test
    void aSessionResolvesToItsAccountAndCsrfToken() {
        NewSession session = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);

        ActiveSession active = signIn.resolve(session.id()).orElseThrow();

        assertEquals(bob, active.account());
        assertEquals(session.csrfToken(), active.csrfToken());
        assertEquals(session.expiresAt(), active.expiresAt());
        assertEquals(fixture.clock.instant().plus(Duration.ofMinutes(30)), active.idleExpiresAt());
    }

    @Test
    void malformedAndUnknownIdsResolveToNothing() {
        for (String id : new String[] {null, "", "x", "a".repeat(43) + "=", "../../etc/passwd", SessionIds.newId()}) {
            assertTrue(signIn.resolve(id).isEmpty(), String.valueOf(id));
            signIn.logout(id);
        }
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        NewSession session = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);

        fixture.clock.advance(Duration.ofMinutes(30));

        assertTrue(signIn.resolve(session.id()).isEmpty());
        assertTrue(fixture.storage.sessions().find(SessionIds.hash(session.id())).isEmpty(), "and is removed");
    }

    @Test
    void usingASessionExtendsItsIdleTimeout() {
        NewSession session = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);

        fixture.clock.advance(Duration.ofMinutes(20));
        assertTrue(signIn.resolve(session.id()).isPresent());
        fixture.clock.advance(Duration.ofMinutes(20));
        ActiveSession active = signIn.resolve(session.id()).orElseThrow();

        assertEquals(fixture.clock.instant().plus(Duration.ofMinutes(30)), active.idleExpiresAt());
    }

    @Test
    void activityIsWrittenAtMostOnceAMinute() {
        NewSession session = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);
        Instant signedIn = fixture.clock.instant();

        fixture.clock.advance(Duration.ofSeconds(59));
        signIn.resolve(session.id()).orElseThrow();
        assertEquals(signedIn, stored(session.id()).lastSeenAt());

        fixture.clock.advance(Duration.ofSeconds(1));
        signIn.resolve(session.id()).orElseThrow();
        assertEquals(fixture.clock.instant(), stored(session.id()).lastSeenAt());
    }

    @Test
    void aSessionEndsAfterTwelveHoursWhateverTheActivity() {
        NewSession session = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);

        for (int i = 0; i < 12 * 3 - 1; i++) {
            fixture.clock.advance(Duration.ofMinutes(20));
            assertTrue(signIn.resolve(session.id()).isPresent(), "after " + (i + 1) * 20 + " minutes");
        }
        ActiveSession last = signIn.resolve(session.id()).orElseThrow();
        assertEquals(session.expiresAt(), last.idleExpiresAt(), "the idle end never passes the absolute end");
        fixture.clock.advance(Duration.ofMinutes(20));

        assertTrue(signIn.resolve(session.id()).isEmpty());
    }

    @Test
    void logoutEndsTheSession() {
        NewSession session = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);
        NewSession other = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);

        signIn.logout(session.id());

        assertTrue(signIn.resolve(session.id()).isEmpty());
        assertTrue(signIn.resolve(other.id()).isPresent(), "only that session");
        signIn.logout(session.id());
    }

    @Test
    void aDeletedAccountsSessionIsInvalid() {
        NewSession session = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);

        fixture.storage.users().delete(bob.id());

        assertTrue(signIn.resolve(session.id()).isEmpty());
    }

    @Test
    void expiredSessionsAreRemovedInBulk() {
        NewSession early = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);
        fixture.clock.advance(Duration.ofMinutes(20));
        NewSession late = signIn.login("bob", BOB_PASSWORD, Fixture.ADDRESS);
        fixture.clock.advance(Duration.ofMinutes(15));

        assertEquals(1, signIn.removeExpired());

        assertTrue(fixture.storage.sessions().find(SessionIds.hash(early.id())).isEmpty());
        assertTrue(signIn.resolve(late.id()).isPresent());
    }

    @Test
    void theComponentOwnsOneCleanupThreadAndStopsItOnDeactivation() throws InterruptedException {
        SignIn component = new SignIn(config(), fixture.storage.users(), fixture.storage.sessions());
        List<Thread> cleaners = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("limber-session-cleanup")).toList();
        assertFalse(cleaners.isEmpty());

        component.deactivate();

        for (Thread cleaner : cleaners) {
            cleaner.join(10_000);
            assertFalse(cleaner.isAlive());
        }
    }

    private static AccountConfig config() {
        return new AccountConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AccountConfig.class;
            }

            @Override
            public int idleTimeoutMinutes() {
                return 30;
            }

            @Override
            public int absoluteTimeoutHours() {
                return 12;
            }

            @Override
            public int maxFailuresPerAccount() {
                return 5;
            }

            @Override
            public int maxFailuresPerAddress() {
                return 20;
            }

            @Override
            public int lockoutMinutes() {
                return 15;
            }
        };
    }
}
