package org.limber.account.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.api.Account;
import org.limber.account.api.AccountException;
import org.limber.account.api.AccountException.Reason;
import org.limber.account.api.LoginRefusedException;
import org.limber.account.api.NewSession;
import org.limber.account.api.Role;
import org.limber.account.api.SetupState;

/** {@link Accounts} over a real SQLite database. */
class AccountsTest {
    @TempDir
    Path folder;
    private Fixture fixture;
    private Accounts accounts;

    @BeforeEach
    void open() {
        fixture = new Fixture(folder);
        accounts = fixture.accounts;
    }

    private static AccountException refused(Reason reason, String field, Runnable action) {
        AccountException e = assertThrows(AccountException.class, action::run);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }

    // ---- first run ----

    @Test
    void aFreshInstanceIsNotSetUpAndClosedToRegistration() {
        assertEquals(new SetupState(false, false), accounts.setupState());
    }

    @Test
    void theFirstAdministratorNeedsTheSetupToken() {
        refused(Reason.FORBIDDEN, "token", () -> accounts.createFirstAdministrator("wrong", "ann", "kz7-Hq2w-x"));
        refused(Reason.FORBIDDEN, "token", () -> accounts.createFirstAdministrator(null, "ann", "kz7-Hq2w-x"));
        assertEquals(new SetupState(false, false), accounts.setupState());

        Account admin = accounts.createFirstAdministrator(" " + Fixture.TOKEN + "\n", " Ann ", "kz7-Hq2w-x");

        assertEquals("ann", admin.username());
        assertEquals(Role.ADMIN, admin.role());
        assertEquals(fixture.clock.instant(), admin.createdAt());
        assertTrue(accounts.setupState().setUp());
        assertTrue(accounts.setupToken().isEmpty(), "the token is discarded");
    }

    @Test
    void setUpIsPossibleOnce() {
        fixture.admin();

        refused(Reason.CLOSED, null, () -> accounts.createFirstAdministrator(Fixture.TOKEN, "mallory", "kz7-Hq2w-x"));
        assertEquals(1, accounts.accounts().size());
    }

    @Test
    void anInvalidFirstAdministratorKeepsTheTokenValid() {
        refused(Reason.INVALID, "password", () -> accounts.createFirstAdministrator(Fixture.TOKEN, "ann", "short"));
        refused(Reason.INVALID, "username", () -> accounts.createFirstAdministrator(Fixture.TOKEN, "a b", "kz7-Hq2w-x"));

        assertEquals("ann", accounts.createFirstAdministrator(Fixture.TOKEN, "ann", "kz7-Hq2w-x").username());
    }

    @Test
    void twoConcurrentSetUpsCannotBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Account>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String name = "admin" + i;
                results.add(pool.submit((Callable<Account>) () ->
                        accounts.createFirstAdministrator(Fixture.TOKEN, name, "kz7-Hq2w-x" + name)));
            }
            int created = 0;
            for (Future<Account> result : results) {
                try {
                    result.get();
                    created++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertEquals(Reason.CLOSED, ((AccountException) e.getCause()).reason());
                }
            }
            assertEquals(1, created);
            assertEquals(1, accounts.accounts().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theComponentPrintsATokenOnlyWhileNoAdministratorExists() {
        Accounts fresh = new Accounts(fixture.storage.users(), fixture.storage.sessions(), fixture.storage.settings());
        String token = fresh.setupToken().orElseThrow();

        Matcher line = Pattern.compile("Limber set-up token: (\\S+) ").matcher(Accounts.setupLine(token));
        assertTrue(line.find());
        assertEquals(token, line.group(1));
        assertTrue(Accounts.setupLine(token).contains(":8181/setup"));
        assertTrue(token.matches("[A-Za-z0-9_-]{32}"), "192 bits in base64url: " + token);
        assertFalse(token.equals(new Accounts(fixture.storage.users(), fixture.storage.sessions(),
                fixture.storage.settings()).setupToken().orElseThrow()), "a new token at every start");

        fresh.createFirstAdministrator(token, "ann", "kz7-Hq2w-x");
        assertTrue(new Accounts(fixture.storage.users(), fixture.storage.sessions(), fixture.storage.settings())
                .setupToken().isEmpty());
    }

    // ---- registration and creation ----

    @Test
    void registrationIsClosedUntilAnAdministratorOpensIt() {
        fixture.admin();
        refused(Reason.CLOSED, null, () -> accounts.register("bob", "kz7-Hq2w-x"));

        accounts.setRegistrationOpen(true);
        Account bob = accounts.register("Bob", "kz7-Hq2w-x");

        assertEquals("bob", bob.username());
        assertEquals(Role.USER, bob.role());
        assertTrue(accounts.setupState().registrationOpen());
        assertEquals("true", fixture.storage.settings().get(Accounts.REGISTRATION_OPEN).orElseThrow());

        accounts.setRegistrationOpen(false);
        refused(Reason.CLOSED, null, () -> accounts.register("carol", "kz7-Hq2w-x"));
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        fixture.admin();
        fixture.user("bob");

        refused(Reason.CONFLICT, "username", () -> accounts.create(" BOB ", "kz7-Hq2w-x", Role.USER));
        refused(Reason.CONFLICT, "username", () -> accounts.create("Admin", "kz7-Hq2w-x", Role.ADMIN));
    }

    @Test
    void creationChecksEveryField() {
        refused(Reason.INVALID, "role", () -> accounts.create("bob", "kz7-Hq2w-x", null));
        refused(Reason.INVALID, "username", () -> accounts.create("b", "kz7-Hq2w-x", Role.USER));
        refused(Reason.INVALID, "password", () -> accounts.create("bob", "football", Role.USER));
        refused(Reason.INVALID, "password", () -> accounts.create("bob", "x".repeat(129), Role.USER));
        assertTrue(accounts.accounts().isEmpty());
    }

    @Test
    void accountsAreListedAndFound() {
        Account admin = fixture.admin();
        Account bob = fixture.user("bob");
        Account carol = accounts.create("carol", "carol password 1", Role.ADMIN);

        assertEquals(List.of("admin", "bob", "carol"), accounts.accounts().stream().map(Account::username).toList());
        assertEquals(bob, accounts.find(bob.id()).orElseThrow());
        assertEquals(Role.ADMIN, accounts.find(carol.id()).orElseThrow().role());
        assertTrue(accounts.find(admin.id() + 1000).isEmpty());
    }

    @Test
    void theStoredHashIsArgon2idNeverThePassword() {
        Account bob = fixture.user("bob");
        String stored = fixture.storage.users().byId(bob.id()).orElseThrow().passwordHash();

        assertTrue(stored.startsWith("$argon2id$v=19$"), stored);
        assertFalse(stored.contains("bob password 1"));
    }

    // ---- disabling and deleting ----

    @Test
    void theLastActiveAdministratorCannotBeDisabledOrDeleted() {
        Account admin = fixture.admin();

        refused(Reason.CONFLICT, "disabled", () -> accounts.setDisabled(admin.id(), true));
        refused(Reason.CONFLICT, null, () -> accounts.deleteByAdministrator(admin.id()));
        refused(Reason.CONFLICT, null, () -> accounts.delete(admin.id(), "admin password 1"));

        Account second = accounts.create("second", "second password 1", Role.ADMIN);
        assertTrue(accounts.setDisabled(admin.id(), true).disabled());
        refused(Reason.CONFLICT, "disabled", () -> accounts.setDisabled(second.id(), true));
        assertFalse(accounts.setDisabled(admin.id(), false).disabled());
        accounts.deleteByAdministrator(second.id());
        assertEquals(List.of(admin), accounts.accounts());
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEnd() {
        fixture.admin();
        Account bob = fixture.user("bob");
        NewSession session = fixture.signIn.login("bob", "bob password 1", Fixture.ADDRESS);

        Account disabled = accounts.setDisabled(bob.id(), true);

        assertTrue(disabled.disabled());
        assertTrue(accounts.find(bob.id()).orElseThrow().disabled());
        assertTrue(fixture.signIn.resolve(session.id()).isEmpty());
        assertThrows(LoginRefusedException.class, () -> fixture.signIn.login("bob", "bob password 1", Fixture.ADDRESS));

        accounts.setDisabled(bob.id(), false);
        assertEquals("bob", fixture.signIn.login("bob", "bob password 1", Fixture.ADDRESS).account().username());
    }

    @Test
    void unknownAccountsAreNotFound() {
        refused(Reason.NOT_FOUND, "id", () -> accounts.setDisabled(4711, true));
        refused(Reason.NOT_FOUND, "id", () -> accounts.deleteByAdministrator(4711));
        refused(Reason.NOT_FOUND, "id", () -> accounts.delete(4711, "whatever1"));
        refused(Reason.NOT_FOUND, "id", () -> accounts.changePassword(4711, "whatever1", "kz7-Hq2w-x"));
    }

    @Test
    void deletingOnesAccountNeedsThePasswordAndEndsEverything() {
        fixture.admin();
        Account bob = fixture.user("bob");
        NewSession session = fixture.signIn.login("bob", "bob password 1", Fixture.ADDRESS);

        refused(Reason.FORBIDDEN, "password", () -> accounts.delete(bob.id(), "wrong password"));
        assertTrue(fixture.signIn.resolve(session.id()).isPresent());

        accounts.delete(bob.id(), "bob password 1");

        assertTrue(accounts.find(bob.id()).isEmpty());
        assertTrue(fixture.signIn.resolve(session.id()).isEmpty());
        assertThrows(LoginRefusedException.class, () -> fixture.signIn.login("bob", "bob password 1", Fixture.ADDRESS));
        assertEquals("bob", fixture.user("bob").username(), "the name is free again");
    }

    // ---- passwords ----

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEverySession() {
        fixture.admin();
        Account bob = fixture.user("bob");
        NewSession laptop = fixture.signIn.login("bob", "bob password 1", Fixture.ADDRESS);
        NewSession phone = fixture.signIn.login("bob", "bob password 1", "198.51.100.4");

        refused(Reason.FORBIDDEN, "currentPassword", () -> accounts.changePassword(bob.id(), "nope nope", "kz7-Hq2w-x"));
        refused(Reason.INVALID, "newPassword", () -> accounts.changePassword(bob.id(), "bob password 1", "short"));
        refused(Reason.INVALID, "newPassword", () -> accounts.changePassword(bob.id(), "bob password 1", "sunshine1"));
        assertTrue(fixture.signIn.resolve(phone.id()).isPresent(), "failed changes change nothing");

        accounts.changePassword(bob.id(), "bob password 1", "a new and long one");

        assertTrue(fixture.signIn.resolve(laptop.id()).isEmpty());
        assertTrue(fixture.signIn.resolve(phone.id()).isEmpty());
        assertThrows(LoginRefusedException.class, () -> fixture.signIn.login("bob", "bob password 1", Fixture.ADDRESS));
        assertEquals(bob.id(), fixture.signIn.login("bob", "a new and long one", Fixture.ADDRESS).account().id());
    }
}
