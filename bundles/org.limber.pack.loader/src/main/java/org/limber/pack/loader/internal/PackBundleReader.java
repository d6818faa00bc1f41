package org.limber.pack.loader.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.limber.catalog.api.PackProblem;
import org.limber.catalog.api.PackRecord.SourceKind;
import org.limber.pack.loader.internal.parse.PackHeader;
import org.limber.pack.loader.internal.parse.PackParser;
import org.limber.pack.loader.internal.parse.ParseOutcome;
import org.limber.pack.loader.internal.parse.ResourceResolver;
import org.osgi.framework.Bundle;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** Reads what one pack bundle offers: its validated pack, or why it cannot be used now. */
final class PackBundleReader {
    private static final String EXTENDER_NAMESPACE = "osgi.extender";

    private final Bundle loader;
    private final PackParser parser;
    private final int maxPackBytes;

    PackBundleReader(Bundle loader, PackParser parser, int maxPackBytes) {
        this.loader = loader;
        this.parser = parser;
        this.maxPackBytes = maxPackBytes;
    }

    static boolean isPack(Bundle bundle) {
        return bundle.getHeaders("").get(PackHeaders.PACK) != null;
    }

    static SourceKind kind(Bundle bundle) {
        return bundle.getHeaders("").get(PackHeaders.PACK_FILE) != null ? SourceKind.FILE : SourceKind.BUNDLE;
    }

    static String name(Bundle bundle) {
        String file = bundle.getHeaders("").get(PackHeaders.PACK_FILE);
        return file != null ? file : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    PackSource.Offer read(Bundle bundle) {
        String document = bundle.getHeaders("").get(PackHeaders.PACK);
        String file = fileName(bundle, document);
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (bundle.getState() == Bundle.INSTALLED || wiring == null) {
            return new PackSource.Inactive(peekId(bundle, document), false,
                    List.of(new PackProblem(file, "", whyUnresolved(bundle))));
        }
        if (!wiredToLoader(wiring)) {
            return notWired(file);
        }
        if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            return new PackSource.Inactive(peekId(bundle, document), true, List.of(new PackProblem(file, "",
                    "The bundle is stopped; start it (bundle:start " + bundle.getBundleId() + ") to serve this pack.")));
        }
        return parse(bundle, document, file);
    }

    private PackSource.Offer parse(Bundle bundle, String document, String file) {
        String oversize = bundle.getHeaders("").get(PackHeaders.PACK_OVERSIZE);
        if (oversize != null) {
            return new PackSource.Rejected(null, null, List.of(new PackProblem(file, "", "The file is " + oversize
                    + " bytes; packs may be at most " + maxPackBytes + " bytes (maxPackBytes in etc/"
                    + PackLoaderConfig.PID + ".cfg).")));
        }
        try {
            Optional<byte[]> bytes = entry(bundle, document, maxPackBytes + 1);
            if (bytes.isEmpty()) {
                return new PackSource.Rejected(null, null, List.of(new PackProblem(file, "",
                        "The bundle has no entry '" + document + "' named by its " + PackHeaders.PACK + " header.")));
            }
            ResourceResolver files = path -> entry(bundle, resolve(document, path), maxPackBytes);
            ParseOutcome outcome = parser.parse(file, bytes.get(), files);
            if (outcome instanceof ParseOutcome.Rejected rejected) {
                return new PackSource.Rejected(rejected.packId(), rejected.version(), rejected.problems());
            }
            ParseOutcome.Accepted accepted = (ParseOutcome.Accepted) outcome;
            byte[] selfContained = SelfContainedDocument.of(bytes.get(), files);
            return new PackSource.Accepted(accepted.content(), accepted.warnings(), selfContained,
                    SelfContainedDocument.digest(selfContained));
        } catch (IOException | RuntimeException e) {
            return new PackSource.Rejected(null, null, List.of(new PackProblem(file, "",
                    "The pack could not be read: " + e)));
        }
    }

    private String peekId(Bundle bundle, String document) {
        try {
            return entry(bundle, document, maxPackBytes).flatMap(PackParser::peekHeader).map(PackHeader::id)
                    .orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private boolean wiredToLoader(BundleWiring wiring) {
        for (BundleWire wire : wiring.getRequiredWires(EXTENDER_NAMESPACE)) {
            if (wire.getProvider().getBundle().equals(loader)
                    && PackHeaders.EXTENDER.equals(wire.getCapability().getAttributes().get(EXTENDER_NAMESPACE))) {
                return true;
            }
        }
        return false;
    }

    private static PackSource.Offer notWired(String file) {
        return new PackSource.Rejected(null, null, List.of(new PackProblem(file, "",
                "The bundle has a " + PackHeaders.PACK + " header but no requirement on the pack loader; add "
                        + "Require-Capability: " + PackHeaders.extenderRequirement(PackHeaders.LATEST_FORMAT_VERSION))));
    }

    /** Explains an unresolved pack bundle: a pack format this loader does not read, or another missing requirement. */
    private String whyUnresolved(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null) {
            for (var requirement : revision.getDeclaredRequirements(EXTENDER_NAMESPACE)) {
                String filter = requirement.getDirectives().get("filter");
                if (filter == null || !filter.contains(PackHeaders.EXTENDER)) {
                    continue;
                }
                try {
                    if (!readsAnyOf(FrameworkUtil.createFilter(filter))) {
                        return "The pack needs a pack loader matching " + filter + ", but this Limber reads pack "
                                + "formats " + PackHeaders.spokenList(PackHeaders.FORMAT_VERSIONS, "") + " ("
                                + PackHeaders.EXTENDER + " " + PackHeaders.spokenList(PackHeaders.FORMAT_VERSIONS, ".0.0")
                                + "). Use a pack made for one of these formats or upgrade Limber.";
                    }
                } catch (InvalidSyntaxException e) {
                    return "The bundle's requirement on the pack loader has an invalid filter: " + filter;
                }
            }
        }
        return "The bundle is installed but not resolved: a requirement is missing (bundle:diag "
                + bundle.getBundleId() + " tells which).";
    }

    private static boolean readsAnyOf(Filter requirement) {
        for (int format : PackHeaders.FORMAT_VERSIONS) {
            if (requirement.matches(Map.of(EXTENDER_NAMESPACE, PackHeaders.EXTENDER, "version",
                    new Version(format, 0, 0)))) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(Bundle bundle, String document) {
        String file = bundle.getHeaders("").get(PackHeaders.PACK_FILE);
        return file != null ? file : bundle.getSymbolicName() + "!/" + document;
    }

    private static String resolve(String document, String relative) {
        int slash = document.lastIndexOf('/');
        return slash < 0 ? relative : document.substring(0, slash + 1) + relative;
    }

    private static Optional<byte[]> entry(Bundle bundle, String path, int max) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readNBytes(max));
        }
    }

}
