package org.limber.rest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The shared event stream ({@code GET /api/v1/events}) as a service: who is listening. Events posted on the Event
 * Admin under {@code org/limber/<area>/...} go to every open stream as SSE events named {@code <area>}; an event
 * with the property {@value #RECIPIENT} goes only to the streams of that signed-in user; events under
 * {@code org/limber/internal/} are never streamed.
 */
@ProviderType
public interface EventStreams {
    /** Event property naming the one user (their username) whose streams may receive the event. */
    String RECIPIENT = "limber.recipient";

    /** How many event streams the user with this username has open now (browser tabs, roughly); 0 for null. */
    int openStreams(String principalName);
}
