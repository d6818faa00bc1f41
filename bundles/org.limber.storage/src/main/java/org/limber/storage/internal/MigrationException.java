package org.limber.storage.internal;

/** The database cannot be brought to the schema this Limber needs; the message says why and what to do. */
public class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
