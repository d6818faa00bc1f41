package org.limber.account.api;

/** What an account may do. Administrators also manage accounts, registration, packs and backups. */
public enum Role {
    ADMIN,
    USER
}
