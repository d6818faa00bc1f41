package org.limber.safety.api;

import org.osgi.annotation.versioning.ProviderType;

/** The safety content that ships with Limber itself; no pack can remove or change it. */
@ProviderType
public interface SafetyService {
    SafetyContent content();
}
