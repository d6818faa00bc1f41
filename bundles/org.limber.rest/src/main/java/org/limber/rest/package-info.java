/**
 * Shared support for Limber's REST servlets: routing on path templates, parameter parsing that names what is wrong,
 * JSON through one hardened Jackson mapper, {@code application/problem+json} errors and entity tags. Also the
 * whiteboard contracts for health indicators and OpenAPI contributions, and who listens on the event stream.
 */
@Export
@Version("1.3.0")
package org.limber.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
