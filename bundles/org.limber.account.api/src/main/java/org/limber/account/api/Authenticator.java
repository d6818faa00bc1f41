package org.limber.account.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signs people in and keeps their browser sessions. Sessions have an idle and an absolute timeout (configuration
 * PID {@code org.limber.account}); only a hash of a session id is stored.
 */
@ProviderType
public interface Authenticator {

    /**
     * Checks the credentials and opens a new session.
     *
     * @param clientAddress the address the request came from (after trusted proxies), for rate limiting and the log
     * @throws LoginRefusedException on wrong credentials, a disabled account or too many attempts
     */
    NewSession login(String username, String password, String clientAddress);

    /** The session with this id, if it is still valid; using it extends its idle timeout. */
    Optional<ActiveSession> resolve(String sessionId);

    /** Ends the session; unknown ids are ignored. */
    void logout(String sessionId);
}
