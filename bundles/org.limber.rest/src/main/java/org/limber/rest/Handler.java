package org.limber.rest;

/** Answers one route. Throw {@link ProblemException} for anything the client got wrong. */
@FunctionalInterface
public interface Handler {
    Reply handle(RestRequest request) throws Exception;
}
