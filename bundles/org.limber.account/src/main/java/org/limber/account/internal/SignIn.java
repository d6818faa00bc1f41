package org.limber.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.limber.account.api.Account;
import org.limber.account.api.ActiveSession;
import org.limber.account.api.Authenticator;
import org.limber.account.api.LoginRefusedException;
import org.limber.account.api.NewSession;
import org.limber.storage.api.BrowserSessionStore;
import org.limber.storage.api.StorageException;
import org.limber.storage.api.StoredSession;
import org.limber.storage.api.StoredUser;
import org.limber.storage.api.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in with rate limits, and browser sessions with idle and absolute timeouts. Expired sessions are refused when
 * used and removed from the database every few minutes.
 */
@Component(service = Authenticator.class, configurationPid = AccountConfig.PID)
@Designate(ocd = AccountConfig.class)
public class SignIn implements Authenticator {
    static final String WRONG_CREDENTIALS = "Wrong username or password.";
    /** Activity is written at most this often per session, not on every request. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    /** How long sessions live: without activity, and at most. */
    record Timeouts(Duration idle, Duration absolute) {
    }

    private final UserStore users;
    private final BrowserSessionStore sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Timeouts timeouts;
    private final Clock clock;
    private final ScheduledExecutorService cleaner;

    @Activate
    public SignIn(AccountConfig config, @Reference UserStore users, @Reference BrowserSessionStore sessions) {
        this(users, sessions, new PasswordHasher(PasswordHasher.STANDARD),
                new LoginThrottle(config.maxFailuresPerAccount(), config.maxFailuresPerAddress(),
                        Duration.ofMinutes(config.lockoutMinutes()), Clock.systemUTC()),
                new Timeouts(Duration.ofMinutes(config.idleTimeoutMinutes()),
                        Duration.ofHours(config.absoluteTimeoutHours())),
                Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "limber-session-cleanup");
                    thread.setDaemon(true);
                    return thread;
                }));
        long minutes = CLEANUP_INTERVAL.toMinutes();
        cleaner.scheduleWithFixedDelay(this::removeExpiredQuietly, 1, minutes, TimeUnit.MINUTES);
    }

    /** @param cleaner the executor the component owns and shuts down, or {@code null} (tests clean up by hand) */
    SignIn(UserStore users, BrowserSessionStore sessions, PasswordHasher hasher, LoginThrottle throttle,
           Timeouts timeouts, Clock clock, ScheduledExecutorService cleaner) {
        if (timeouts.idle().isNegative() || timeouts.idle().isZero() || timeouts.absolute().isNegative()
                || timeouts.absolute().isZero()) {
            throw new IllegalArgumentException("session timeouts must be positive");
        }
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.timeouts = timeouts;
        this.clock = clock;
        this.cleaner = cleaner;
    }

    /** Public so that tests of the web layer, which run this component without a framework, can stop it too. */
    @Deactivate
    public void deactivate() {
        if (cleaner != null) {
            cleaner.shutdownNow();
        }
    }

    @Override
    public NewSession login(String username, String password, String clientAddress) {
        String name = CredentialRules.normalize(username);
        String address = LogText.address(clientAddress);
        Optional<Duration> wait = throttle.begin(name, clientAddress);
        if (wait.isPresent()) {
            LOG.info("Sign-in refused for {} from {}: too many failed attempts", LogText.username(name), address);
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw new LoginRefusedException("Too many failed sign-ins: try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."), wait.get());
        }
        Optional<StoredUser> user = CredentialRules.wellFormed(name) ? users.byUsername(name) : Optional.empty();
        boolean matches = user.isPresent()
                ? hasher.verify(password, user.get().passwordHash())
                : hasher.verifyDummy(password);
        if (user.isEmpty()) {
            LOG.info("Sign-in failed for an unknown username from {}", address);
            throw new LoginRefusedException(WRONG_CREDENTIALS, null);
        }
        Account account = user.get().account();
        if (!matches) {
            LOG.info("Sign-in failed for '{}' from {}: wrong password", account.username(), address);
            throw new LoginRefusedException(WRONG_CREDENTIALS, null);
        }
        if (account.disabled()) {
            LOG.info("Sign-in refused for '{}' from {}: the account is disabled", account.username(), address);
            throw new LoginRefusedException(WRONG_CREDENTIALS, null);
        }
        throttle.succeeded(name, clientAddress);
        if (hasher.needsRehash(user.get().passwordHash())) {
            users.updatePasswordHash(account.id(), hasher.hash(password));
            LOG.info("Password hash of '{}' upgraded to {}", account.username(), hasher.cost());
        }
        NewSession session = open(account);
        LOG.info("Signed in: '{}' from {}", account.username(), address);
        return session;
    }

    private NewSession open(Account account) {
        String id = SessionIds.newId();
        Instant now = now();
        Instant expiresAt = now.plus(timeouts.absolute());
        sessions.insert(new StoredSession(SessionIds.hash(id), account.id(), now, now, expiresAt));
        return new NewSession(id, SessionIds.csrfToken(id), account, expiresAt);
    }

    @Override
    public Optional<ActiveSession> resolve(String sessionId) {
        if (!SessionIds.wellFormed(sessionId)) {
            return Optional.empty();
        }
        String hash = SessionIds.hash(sessionId);
        Optional<StoredSession> found = sessions.find(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = found.get();
        Instant now = now();
        if (!now.isBefore(session.expiresAt()) || !now.isBefore(session.lastSeenAt().plus(timeouts.idle()))) {
            sessions.delete(hash);
            return Optional.empty();
        }
        Optional<Account> account = users.byId(session.userId()).map(StoredUser::account).filter(a -> !a.disabled());
        if (account.isEmpty()) {
            sessions.delete(hash);
            return Optional.empty();
        }
        Instant lastSeen = session.lastSeenAt();
        if (Duration.between(lastSeen, now).compareTo(TOUCH_INTERVAL) >= 0) {
            if (!sessions.touch(hash, now)) {
                return Optional.empty();
            }
            lastSeen = now;
        }
        Instant idleEnd = lastSeen.plus(timeouts.idle());
        return Optional.of(new ActiveSession(account.get(), SessionIds.csrfToken(sessionId),
                idleEnd.isBefore(session.expiresAt()) ? idleEnd : session.expiresAt(), session.expiresAt()));
    }

    @Override
    public void logout(String sessionId) {
        if (SessionIds.wellFormed(sessionId)) {
            sessions.delete(SessionIds.hash(sessionId));
        }
    }

    /** Removes every session past its idle or absolute end; returns how many. */
    int removeExpired() {
        Instant now = now();
        return sessions.deleteExpired(now, now.minus(timeouts.idle()));
    }

    private void removeExpiredQuietly() {
        try {
            int removed = removeExpired();
            if (removed > 0) {
                LOG.debug("Removed {} expired browser sessions", removed);
            }
        } catch (StorageException | IllegalStateException e) {
            LOG.warn("Expired browser sessions could not be removed: {}", e.getMessage());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
