package org.limber.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.limber.account.api.Account;
import org.limber.account.api.AccountException;
import org.limber.account.api.AccountException.Reason;
import org.limber.account.api.AccountService;
import org.limber.account.api.Role;
import org.limber.account.api.SetupState;
import org.limber.storage.api.BrowserSessionStore;
import org.limber.storage.api.SettingsStore;
import org.limber.storage.api.StoredUser;
import org.limber.storage.api.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts over the storage repositories. Immediate, so that on a fresh instance the one-time set-up token is
 * printed at start, before anyone asks for it.
 */
@Component(service = AccountService.class, immediate = true)
public class Accounts implements AccountService {
    static final String REGISTRATION_OPEN = "registration.open";
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private final UserStore users;
    private final BrowserSessionStore sessions;
    private final SettingsStore settings;
    private final PasswordHasher hasher;
    private final CredentialRules rules;
    private final Clock clock;
    private final SetupToken setupToken;
    /** Serializes the changes that must leave at least one active administrator. */
    private final Object administrators = new Object();

    @Activate
    public Accounts(@Reference UserStore users, @Reference BrowserSessionStore sessions,
                    @Reference SettingsStore settings) {
        this(users, sessions, settings, new PasswordHasher(PasswordHasher.STANDARD), CredentialRules.standard(),
                Clock.systemUTC(), users.countActiveAdministrators() == 0 ? SetupToken.generate() : SetupToken.none());
        if (setupToken.active()) {
            String line = setupLine(setupToken.value());
            LOG.warn(line);
            System.out.println(line);
        }
    }

    Accounts(UserStore users, BrowserSessionStore sessions, SettingsStore settings, PasswordHasher hasher,
             CredentialRules rules, Clock clock, SetupToken setupToken) {
        this.users = users;
        this.sessions = sessions;
        this.settings = settings;
        this.hasher = hasher;
        this.rules = rules;
        this.clock = clock;
        this.setupToken = setupToken;
    }

    /** The one line people (and the browser tests) look for in the log and on the console. */
    static String setupLine(String token) {
        return "Limber set-up token: " + token + " (no administrator exists yet: open http://<host>:8181/setup, "
                + "with <host> this machine's name or address, e.g. http://localhost:8181/setup, and enter this "
                + "token to create the first administrator; it is valid until then or until Limber restarts)";
    }

    @Override
    public SetupState setupState() {
        return new SetupState(users.countActiveAdministrators() > 0, registrationOpen());
    }

    @Override
    public Account createFirstAdministrator(String token, String username, String password) {
        if (!setupToken.active() || users.countActiveAdministrators() > 0) {
            throw new AccountException(Reason.CLOSED, null, "Limber is already set up: sign in as an administrator.");
        }
        if (!setupToken.matches(token)) {
            LOG.warn("Set-up attempt with a wrong set-up token refused");
            throw new AccountException(Reason.FORBIDDEN, "token",
                    "The set-up token is wrong: copy it from Limber's log or console, where it was printed at start.");
        }
        String name = rules.username(username);
        rules.password("password", password, name);
        Optional<Account> created = users.insertFirstAdministrator(name, hasher.hash(password), now());
        if (created.isEmpty()) {
            if (users.countActiveAdministrators() > 0) {
                setupToken.discard();
                throw new AccountException(Reason.CLOSED, null,
                        "Limber is already set up: sign in as an administrator.");
            }
            throw taken();
        }
        setupToken.discard();
        LOG.info("First administrator '{}' created; the set-up token is no longer valid", name);
        return created.get();
    }

    @Override
    public Account register(String username, String password) {
        if (!registrationOpen()) {
            throw new AccountException(Reason.CLOSED, null,
                    "Registration is closed on this Limber: ask an administrator for an account.");
        }
        return add(username, password, Role.USER, "registered");
    }

    @Override
    public Account create(String username, String password, Role role) {
        if (role == null) {
            throw new AccountException(Reason.INVALID, "role", "A role is required: user or admin.");
        }
        return add(username, password, role, "created by an administrator");
    }

    private Account add(String username, String password, Role role, String how) {
        String name = rules.username(username);
        rules.password("password", password, name);
        Account account = users.insert(name, hasher.hash(password), role, now()).orElseThrow(Accounts::taken);
        LOG.info("Account '{}' ({}) {}", name, role.name().toLowerCase(java.util.Locale.ROOT), how);
        return account;
    }

    @Override
    public List<Account> accounts() {
        return users.all();
    }

    @Override
    public Optional<Account> find(long userId) {
        return users.byId(userId).map(StoredUser::account);
    }

    @Override
    public void setRegistrationOpen(boolean open) {
        settings.put(REGISTRATION_OPEN, Boolean.toString(open));
        LOG.info("Self-registration {}", open ? "opened" : "closed");
    }

    @Override
    public Account setDisabled(long userId, boolean disabled) {
        Account account;
        synchronized (administrators) {
            account = stored(userId).account();
            if (disabled && isLastActiveAdministrator(account)) {
                throw new AccountException(Reason.CONFLICT, "disabled",
                        "This is the last active administrator: it cannot be disabled.");
            }
            if (account.disabled() == disabled) {
                return account;
            }
            if (!users.setDisabled(userId, disabled)) {
                throw notFound(userId);
            }
        }
        if (disabled) {
            sessions.deleteForUser(userId, null);
        }
        LOG.info("Account '{}' {}", account.username(), disabled ? "disabled" : "enabled");
        return new Account(account.id(), account.username(), account.role(), account.createdAt(), disabled);
    }

    /**
     * Ends every session of the account, the current one included: the web layer opens a fresh one with the new
     * password, so the browser that made the change gets a new session id as well.
     */
    @Override
    public void changePassword(long userId, String currentPassword, String newPassword) {
        StoredUser user = stored(userId);
        if (!hasher.verify(currentPassword, user.passwordHash())) {
            LOG.info("Password change for '{}' refused: wrong current password", user.account().username());
            throw new AccountException(Reason.FORBIDDEN, "currentPassword", "The current password is wrong.");
        }
        rules.password("newPassword", newPassword, user.account().username());
        if (!users.updatePasswordHash(userId, hasher.hash(newPassword))) {
            throw notFound(userId);
        }
        sessions.deleteForUser(userId, null);
        LOG.info("Password of '{}' changed; its sessions ended", user.account().username());
    }

    @Override
    public void delete(long userId, String password) {
        StoredUser user = stored(userId);
        if (!hasher.verify(password, user.passwordHash())) {
            LOG.info("Deletion of account '{}' refused: wrong password", user.account().username());
            throw new AccountException(Reason.FORBIDDEN, "password", "The password is wrong.");
        }
        remove(user.account(), "by its owner");
    }

    @Override
    public void deleteByAdministrator(long userId) {
        remove(stored(userId).account(), "by an administrator");
    }

    private void remove(Account account, String how) {
        synchronized (administrators) {
            if (isLastActiveAdministrator(account)) {
                throw new AccountException(Reason.CONFLICT, null,
                        "This is the last active administrator: create another administrator before deleting it.");
            }
            sessions.deleteForUser(account.id(), null);
            if (!users.delete(account.id())) {
                throw notFound(account.id());
            }
        }
        LOG.info("Account '{}' and all its data deleted {}", account.username(), how);
    }

    /** The one-time set-up token, while it is valid (for tests and diagnostics). */
    Optional<String> setupToken() {
        return Optional.ofNullable(setupToken.value());
    }

    private boolean isLastActiveAdministrator(Account account) {
        return account.isAdmin() && !account.disabled() && users.countActiveAdministrators() <= 1;
    }

    private boolean registrationOpen() {
        return settings.get(REGISTRATION_OPEN).map(Boolean::parseBoolean).orElse(false);
    }

    private StoredUser stored(long userId) {
        return users.byId(userId).orElseThrow(() -> notFound(userId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static AccountException taken() {
        return new AccountException(Reason.CONFLICT, "username", "This username is taken: choose another.");
    }

    private static AccountException notFound(long userId) {
        return new AccountException(Reason.NOT_FOUND, "id", "There is no account with id " + userId + ".");
    }
}
