package org.limber.catalog.api.model;

import java.util.List;

/**
 * What a pack says about itself.
 *
 * @param id            the pack's identity: lowercase letters, digits and '-'
 * @param version       semantic version (major.minor.patch)
 * @param schemaVersion the pack format version the document was written for
 * @param name          display name
 * @param description   what is in it
 * @param license       SPDX license identifier of its content
 * @param language      BCP 47 language tag of its texts
 * @param sources       the articles its content draws on
 */
public record PackInfo(String id, String version, int schemaVersion, String name, String description,
                       String license, String language, List<Source> sources) {
    public PackInfo {
        sources = List.copyOf(sources);
    }
}
