package org.limber.account.api;

/**
 * What a visitor may do on this instance.
 *
 * @param setUp            an administrator exists; before that, only set-up with the one-time token is possible
 * @param registrationOpen anyone who reaches Limber may create an account
 */
public record SetupState(boolean setUp, boolean registrationOpen) {
}
