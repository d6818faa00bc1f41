/** Core safety content: red flags, universal stop rules and the not-medical-advice notice. */
@Export
@Version("1.0.0")
package org.limber.safety.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
