package org.limber.catalog.api;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Pack files in Limber's {@code deploy/} folder, for administrators without a shell (a NAS, say). A dropped file is
 * loaded, reported and removed exactly like one copied there by hand. Provided by the pack loader.
 */
@ProviderType
public interface PackFiles {

    /**
     * Checks a bare pack document and, when it is valid, drops it into {@code deploy/} (replacing a file of the same
     * name). A pack bundle ({@code .jar}) is dropped unchecked: the loader reports it once deployed.
     *
     * @param fileName a plain file name ending in {@code .pack.json} or {@code .jar}
     * @return the problems that kept a document out; empty when it was dropped
     * @throws IllegalArgumentException when the file name is not acceptable
     * @throws IOException              when the folder cannot be written
     */
    List<PackProblem> install(String fileName, byte[] content) throws IOException;

    /** Deletes a file from {@code deploy/}; false when there is none by that name. */
    boolean remove(String fileName) throws IOException;

    /** The pack files in {@code deploy/}, by name. */
    List<String> files() throws IOException;
}
