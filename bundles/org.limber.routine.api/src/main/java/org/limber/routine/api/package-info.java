/**
 * Routines a user builds or copies from a pack's templates: sections of exercises with doses, their planned days,
 * personal exercises, standing exclusions, the routine rules of the sources and phase progression. Every method takes
 * the user's id and never reaches another user's records.
 */
@Export
@Version("1.0.0")
package org.limber.routine.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
