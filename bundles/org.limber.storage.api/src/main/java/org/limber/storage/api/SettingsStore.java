package org.limber.storage.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Instance-wide settings as text, by key (e.g. {@code registration.open}). */
@ProviderType
public interface SettingsStore {

    Optional<String> get(String key);

    void put(String key, String value);
}
