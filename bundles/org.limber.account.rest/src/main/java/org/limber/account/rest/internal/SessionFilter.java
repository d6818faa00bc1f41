package org.limber.account.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import org.limber.account.api.ActiveSession;
import org.limber.account.api.Authenticator;
import org.limber.account.api.LimberPrincipal;
import org.limber.account.rest.internal.SignedInRequest.SignedIn;
import org.limber.rest.Problem;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The gate in front of {@code /api/*}: finds the session from the {@code limber_session} cookie, puts its user on
 * the request as a {@link org.limber.account.api.LimberPrincipal}, refuses cross-site state changes (a signed-in
 * session must send its CSRF token; any request that names a foreign Origin is refused), and answers 401/403 for the
 * paths that need a user or an administrator.
 */
@Component(service = Filter.class, configurationPid = WebConfig.PID)
@Designate(ocd = WebConfig.class)
@HttpWhiteboardFilterPattern("/api/*")
@HttpWhiteboardFilterAsyncSupported
public class SessionFilter implements Filter {
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Logger LOG = LoggerFactory.getLogger(SessionFilter.class);

    private final Authenticator authenticator;
    private final TrustedProxies proxies;

    @Activate
    public SessionFilter(WebConfig config, @Reference Authenticator authenticator) {
        this.authenticator = authenticator;
        this.proxies = TrustedProxies.parse(config.trustedProxies());
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        TrustedProxies.Client client = proxies.client(request);
        SignedIn signedIn;
        try {
            signedIn = signedIn(request);
        } catch (RuntimeException e) {
            LOG.warn("Browser session could not be checked ({}): {}", e.getClass().getSimpleName(), e.getMessage());
            RestServlet.writeProblem(request, response, new Problem("about:blank", "Service unavailable", 503,
                    "Sessions cannot be checked right now; try again in a moment.", List.of()));
            return;
        }
        String method = request.getMethod();
        if (!AccessRules.isSafe(method)) {
            String origin = request.getHeader("Origin");
            String host = client.forwardedHost() != null ? client.forwardedHost() : request.getHeader("Host");
            if (origin != null && !Origins.sameOrigin(origin, client.secure(), host)) {
                refuse(request, response, "urn:limber:problem:cross-origin", "Cross-origin request refused",
                        "This request comes from another site (Origin " + printable(origin) + ").");
                return;
            }
            if (signedIn != null && !csrfTokenMatches(request.getHeader(CSRF_HEADER), signedIn.session())) {
                refuse(request, response, "urn:limber:problem:csrf", "CSRF token missing or wrong",
                        "A signed-in request that changes something must carry the header " + CSRF_HEADER
                                + " with the csrfToken of GET /api/v1/auth/session.");
                return;
            }
        }
        Optional<Integer> refusal = AccessRules.refusal(method, path(request),
                signedIn == null ? null : LimberPrincipal.of(signedIn.session().account()));
        if (refusal.isPresent()) {
            if (refusal.get() == 401) {
                RestServlet.writeProblem(request, response, new Problem("urn:limber:problem:sign-in-required",
                        "Sign-in required", 401, "Sign in to use this resource.", List.of()));
            } else {
                refuse(request, response, "urn:limber:problem:administrators-only", "Administrators only",
                        "Only an administrator may do this.");
            }
            return;
        }
        chain.doFilter(new SignedInRequest(request, signedIn, client), response);
    }

    /** The first cookie value that names a valid session. */
    private SignedIn signedIn(HttpServletRequest request) {
        for (String id : SessionCookie.values(request)) {
            Optional<ActiveSession> session = authenticator.resolve(id);
            if (session.isPresent()) {
                return new SignedIn(id, session.get());
            }
        }
        return null;
    }

    private static boolean csrfTokenMatches(String header, ActiveSession session) {
        return header != null && MessageDigest.isEqual(header.strip().getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    /** The path the servlet container matched, decoded and normalized as the servlets see it. */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String type, String title, String detail)
            throws IOException {
        RestServlet.writeProblem(request, response, new Problem(type, title, 403, detail, List.of()));
    }

    private static String printable(String value) {
        String shortened = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return shortened.replaceAll("[^\\x20-\\x7E…]", "?");
    }
}
