package org.limber.storage.api;

/** The database failed (unreachable, full, locked for too long). The message never contains stored values. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
