package org.limber.safety.internal;

import java.io.IOException;

import org.limber.safety.api.SafetyContent;
import org.limber.safety.api.SafetyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Serves the safety content that ships inside this bundle; it cannot be removed or changed by a pack. */
@Component
public class SafetyComponent implements SafetyService {
    private final SafetyContent content;

    @Activate
    public SafetyComponent() throws IOException {
        this.content = SafetyContentReader.read();
    }

    @Override
    public SafetyContent content() {
        return content;
    }
}
