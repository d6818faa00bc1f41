package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.api.Account;
import org.limber.account.api.Role;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.storage.api.StoredSession;
import org.limber.storage.api.StoredUser;
import org.limber.storage.api.UserStore;

class SqlUserStoreTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private DataSource dataSource;
    private SqlStorage storage;
    private UserStore users;

    private void open(Dialect dialect) throws Exception {
        dataSource = TestStorage.database(dialect, base, POSTGRES);
        storage = SqlStorage.start(dataSource);
        users = storage.users();
    }

    @EachDialect
    void anAccountIsStoredAndFoundByNameAndId(Dialect dialect) throws Exception {
        open(dialect);
        Account ann = users.insert("ann", "hash-1", Role.USER, Instant.parse("2026-11-21T08:30:00.123456Z"))
                .orElseThrow();
        assertEquals(new Account(ann.id(), "ann", Role.USER, Instant.parse("2026-11-21T08:30:00.123Z"), false), ann,
                "stored in milliseconds");
        assertEquals(Optional.of(new StoredUser(ann, "hash-1")), users.byUsername("ann"));
        assertEquals(Optional.of(new StoredUser(ann, "hash-1")), users.byId(ann.id()));
        assertEquals(Optional.empty(), users.byUsername("bob"));
        assertEquals(Optional.empty(), users.byId(ann.id() + 1000));
    }

    @EachDialect
    void aTakenUsernameIsRefusedWithoutAFailure(Dialect dialect) throws Exception {
        open(dialect);
        users.insert("ann", "hash-1", Role.USER, NOW).orElseThrow();
        assertEquals(Optional.empty(), users.insert("ann", "hash-2", Role.ADMIN, NOW));
        assertEquals("hash-1", users.byUsername("ann").orElseThrow().passwordHash());
    }

    @EachDialect
    void allListsAccountsByUsername(Dialect dialect) throws Exception {
        open(dialect);
        users.insert("carl", "h", Role.USER, NOW);
        users.insert("ann", "h", Role.ADMIN, NOW);
        users.insert("bob", "h", Role.USER, NOW);
        assertEquals(List.of("ann", "bob", "carl"), users.all().stream().map(Account::username).toList());
        assertEquals(List.of(Role.ADMIN, Role.USER, Role.USER), users.all().stream().map(Account::role).toList());
    }

    @EachDialect
    void onlyAdministratorsThatAreNotDisabledCount(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(0, users.countActiveAdministrators());
        long ann = users.insert("ann", "h", Role.ADMIN, NOW).orElseThrow().id();
        long bob = users.insert("bob", "h", Role.ADMIN, NOW).orElseThrow().id();
        users.insert("carl", "h", Role.USER, NOW);
        assertEquals(2, users.countActiveAdministrators());
        assertTrue(users.setDisabled(bob, true));
        assertEquals(1, users.countActiveAdministrators());
        assertTrue(users.byId(bob).orElseThrow().account().disabled());
        assertTrue(users.setDisabled(bob, false));
        assertFalse(users.byId(bob).orElseThrow().account().disabled());
        assertFalse(users.setDisabled(ann + bob + 1000, true), "no such account");
    }

    @EachDialect
    void thePasswordHashChanges(Dialect dialect) throws Exception {
        open(dialect);
        long ann = users.insert("ann", "old", Role.USER, NOW).orElseThrow().id();
        assertTrue(users.updatePasswordHash(ann, "new"));
        assertEquals("new", users.byId(ann).orElseThrow().passwordHash());
        assertFalse(users.updatePasswordHash(ann + 1000, "new"));
    }

    @EachDialect
    void theFirstAdministratorIsInsertedOnlyOnce(Dialect dialect) throws Exception {
        open(dialect);
        users.insert("carl", "h", Role.USER, NOW);
        Account ann = users.insertFirstAdministrator("ann", "h", NOW).orElseThrow();
        assertEquals(Role.ADMIN, ann.role());
        assertEquals(Optional.empty(), users.insertFirstAdministrator("bob", "h", NOW), "an administrator exists");
        assertEquals(Optional.empty(), users.byUsername("bob"));
        users.delete(ann.id());
        assertEquals(Optional.empty(), users.insertFirstAdministrator("carl", "h", NOW), "username taken");
        assertEquals(Role.USER, users.byUsername("carl").orElseThrow().account().role());
        assertTrue(users.insertFirstAdministrator("dora", "h", NOW).isPresent());
    }

    /** Set-ups racing with different usernames: in every round exactly one becomes the administrator. */
    @EachDialect
    void ofConcurrentSetUpsExactlyOneWins(Dialect dialect) throws Exception {
        open(dialect);
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < 8; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<Account>>> results = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    String username = "admin-" + round + "-" + i;
                    results.add(pool.submit(() -> {
                        go.await();
                        return users.insertFirstAdministrator(username, "h", NOW);
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Optional<Account>> result : results) {
                    winners += result.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
                }
                assertEquals(1, winners, "round " + round);
                assertEquals(1, users.all().size(), "round " + round);
                assertEquals(1, users.countActiveAdministrators());
                users.delete(users.all().get(0).id());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An administrator being added by a transaction not yet committed: a set-up waits for it, then sees it. (Without
     * the lock, PostgreSQL's NOT EXISTS would see no committed administrator and add a second one.)
     */
    @EachDialect
    void aSetUpWaitsForAnAdministratorBeingAddedAndThenFails(Dialect dialect) throws Exception {
        open(dialect);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            dialect.beginWrite(other);
            ConnectionSettingsTest.execute(other, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES ('ann', 'h', 'admin', 1)");
            Future<Optional<Account>> setUp = pool.submit(() -> users.insertFirstAdministrator("bob", "h", NOW));
            assertThrows(TimeoutException.class, () -> setUp.get(300, TimeUnit.MILLISECONDS));
            dialect.commit(other);
            assertEquals(Optional.empty(), setUp.get(20, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("ann"), users.all().stream().map(Account::username).toList());
    }

    @EachDialect
    void deletingAnAccountDeletesItsSessionsAndJournal(Dialect dialect) throws Exception {
        open(dialect);
        long ann = TestStorage.user(storage, "ann");
        long bob = TestStorage.user(storage, "bob");
        for (long user : new long[] {ann, bob}) {
            storage.sessions().insert(new StoredSession("hash-" + user, user, NOW, NOW, NOW.plusSeconds(3600)));
            long session = storage.journal().addSession(user, TestStorage.session(NOW), NOW).id();
            storage.journal().addCheckIn(user, TestStorage.fullCheckIn(NOW, session), NOW);
            storage.journal().putDayMark(user, new DayMark(LocalDate.of(2026, 11, 20), DayKind.FLARE));
            storage.journal().putPlan(user, TestStorage.plan());
        }
        Map<String, Integer> before = TestStorage.rowCounts(dataSource);

        assertTrue(users.delete(ann));
        assertFalse(users.delete(ann), "gone already");
        assertEquals(Optional.empty(), users.byId(ann));
        assertTrue(storage.journal().isEmpty(ann));
        assertEquals(Optional.empty(), storage.sessions().find("hash-" + ann));
        assertFalse(storage.journal().isEmpty(bob));
        assertTrue(storage.sessions().find("hash-" + bob).isPresent());
        Map<String, Integer> halved = new TreeMap<>();
        before.forEach((table, rows) -> halved.put(table, rows / 2));
        assertEquals(halved, TestStorage.rowCounts(dataSource), "every row of ann's is gone, every row of bob's is there");
    }
}
