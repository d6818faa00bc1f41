package org.limber.account.rest.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Whether a request's {@code Origin} header names the origin the request itself was made to. */
final class Origins {
    private Origins() {
    }

    /**
     * @param origin        the Origin header
     * @param secure        whether the browser reached Limber (or the proxy in front) over HTTPS
     * @param host          the Host header, or the X-Forwarded-Host of a trusted proxy ({@code name[:port]})
     */
    static boolean sameOrigin(String origin, boolean secure, String host) {
        if (origin == null || host == null || host.isBlank()) {
            return false;
        }
        URI parsed;
        URI own;
        try {
            parsed = new URI(origin.strip());
            own = new URI((secure ? "https" : "http") + "://" + host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (parsed.getScheme() == null || parsed.getHost() == null || parsed.getRawPath() != null
                && !parsed.getRawPath().isEmpty() || parsed.getRawQuery() != null || parsed.getRawUserInfo() != null
                || own.getHost() == null) {
            return false;
        }
        return parsed.getScheme().toLowerCase(Locale.ROOT).equals(own.getScheme())
                && parsed.getHost().toLowerCase(Locale.ROOT).equals(own.getHost().toLowerCase(Locale.ROOT))
                && port(parsed) == port(own);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
