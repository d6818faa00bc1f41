/**
 * Limber's accounts: who may use an instance, how they sign in and how their browser sessions live and end. The
 * authentication mechanism stays behind {@link org.limber.account.api.Authenticator}, so an installation can swap it.
 */
@Export
@Version("1.0.0")
package org.limber.account.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
