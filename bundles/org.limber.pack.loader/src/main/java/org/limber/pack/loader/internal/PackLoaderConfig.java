package org.limber.pack.loader.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.limber.pack.loader}: limits applied to every pack, in bundles and in dropped files. */
@ObjectClassDefinition(name = "Limber pack loader", description = "Limits applied to exercise packs")
public @interface PackLoaderConfig {
    String PID = "org.limber.pack.loader";

    @AttributeDefinition(name = "Largest pack document", description = "In bytes; a larger pack is rejected whole")
    int maxPackBytes() default 5 * 1024 * 1024;

    @AttributeDefinition(name = "Largest illustration", description = "In bytes, per SVG illustration")
    int maxSvgBytes() default 200_000;
}
