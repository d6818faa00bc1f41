package org.limber.ui.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Adds the security headers to the static files, and makes browsers revalidate them (Last-Modified) so an
 * upgraded bundle's scripts are picked up without stale mixes of old and new modules.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("limber-ui-static-headers")
@HttpWhiteboardFilterPattern("/app/*")
public class StaticHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Cache-Control", "no-cache");
            SecurityHeaders.apply(http);
        }
        chain.doFilter(request, response);
    }
}
