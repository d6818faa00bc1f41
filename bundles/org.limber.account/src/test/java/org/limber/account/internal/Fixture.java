package org.limber.account.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.limber.account.api.Account;
import org.limber.account.api.Role;
import org.limber.account.internal.Argon2Hash.Cost;
import org.limber.storage.internal.SqlStorage;

/** Accounts and sign-in over real storage on an SQLite file, with a clock the test moves. */
final class Fixture {
    static final Cost CHEAP = new Cost(1024, 1, 1);
    static final String TOKEN = "set-up-token-for-tests-0123456789";
    static final String ADDRESS = "192.0.2.10";

    final TestClock clock = new TestClock(Instant.parse("2026-11-21T08:00:00Z"));
    final SqlStorage storage;
    final Accounts accounts;
    final SignIn signIn;

    Fixture(Path folder) {
        this(folder, CHEAP, 5, 20);
    }

    Fixture(Path folder, Cost cost, int maxPerAccount, int maxPerAddress) {
        storage = TestStorage.open(folder);
        PasswordHasher hasher = new PasswordHasher(cost);
        accounts = new Accounts(storage.users(), storage.sessions(), storage.settings(), hasher,
                CredentialRules.standard(), clock, SetupToken.of(TOKEN));
        signIn = new SignIn(storage.users(), storage.sessions(), hasher,
                new LoginThrottle(maxPerAccount, maxPerAddress, Duration.ofMinutes(15), clock),
                new SignIn.Timeouts(Duration.ofMinutes(30), Duration.ofHours(12)), clock, null);
    }

    Account admin() {
        return accounts.createFirstAdministrator(TOKEN, "admin", "admin password 1");
    }

    Account user(String name) {
        return accounts.create(name, name + " password 1", Role.USER);
    }
}
