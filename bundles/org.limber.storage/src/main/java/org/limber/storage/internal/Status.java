package org.limber.storage.internal;

import org.limber.storage.api.StorageStatus;

/** The storage status registered once the schema is up to date. */
record Status(int schemaVersion, String dialect, String location) implements StorageStatus {
}
