package org.limber.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the app's static files (bundle folder {@code /web}) at {@code /app/*} through the whiteboard.
 * The service object itself is never used; the whiteboard serves the bundle's entries.
 */
@Component(service = StaticResources.class)
@HttpWhiteboardResource(pattern = "/app/*", prefix = "/web")
public class StaticResources {
}
