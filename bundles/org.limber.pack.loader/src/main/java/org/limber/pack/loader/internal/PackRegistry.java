package org.limber.pack.loader.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.limber.catalog.api.PackProblem;
import org.limber.catalog.api.PackRecord;
import org.limber.catalog.api.PackState;
import org.limber.catalog.api.model.PackContent;
import org.osgi.framework.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which source serves each pack id. The newest valid version wins; an equal version from a later source,
 * and any older version, is shadowed until the winner goes. When every present source of a pack is rejected, the
 * last good copy keeps serving. Not thread-safe: the loader drives it from one worker thread.
 */
final class PackRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PackRegistry.class);

    private final Map<Long, PackSource> sources = new LinkedHashMap<>();
    private final Map<Long, String> lastKnownPackId = new HashMap<>();
    private final Map<String, String> servingDigest = new HashMap<>();
    private final LastGoodStore lastGood;
    private final PackPublisher publisher;
    private final Clock clock;
    private long arrivals;
    private volatile List<PackRecord> records = List.of();

    PackRegistry(LastGoodStore lastGood, PackPublisher publisher, Clock clock) {
        this.lastGood = lastGood;
        this.publisher = publisher;
        this.clock = clock;
    }

    List<PackRecord> records() {
        return records;
    }

    long nextArrival(long key) {
        PackSource known = sources.get(key);
        return known != null ? known.arrival() : ++arrivals;
    }

    /** Records what a source offers now and republishes. */
    void offer(PackSource source) {
        PackSource previous = sources.put(source.key(), source);
        String packId = source.packId() != null ? source.packId() : lastKnownPackId.get(source.key());
        if (source.packId() != null) {
            lastKnownPackId.put(source.key(), source.packId());
        }
        logChange(previous, source, packId);
        reconcile();
    }

    /** A source is gone; {@code uninstalled} tells a removal from a shutdown, which must keep last good copies. */
    void withdraw(long key, boolean uninstalled) {
        PackSource removed = sources.remove(key);
        String packId = lastKnownPackId.remove(key);
        if (removed == null) {
            return;
        }
        if (uninstalled) {
            LOG.info("Pack source {} removed", removed.name());
            if (packId != null && sources.values().stream().noneMatch(s -> packId.equals(packIdOf(s)))) {
                lastGood.delete(packId);
                servingDigest.remove(packId);
            }
        }
        reconcile();
    }

    private String packIdOf(PackSource source) {
        return source.packId() != null ? source.packId() : lastKnownPackId.get(source.key());
    }

    private void reconcile() {
        Map<String, List<PackSource>> byPack = new LinkedHashMap<>();
        List<PackRecord> result = new ArrayList<>();
        for (PackSource source : sources.values()) {
            String packId = packIdOf(source);
            if (packId == null) {
                result.add(record(source, null, List.of()));
            } else {
                byPack.computeIfAbsent(packId, k -> new ArrayList<>()).add(source);
            }
        }
        Map<String, PackContent> serving = new HashMap<>();
        byPack.forEach((packId, group) -> serve(packId, group, serving, result));
        result.sort(Comparator.comparing((PackRecord r) -> r.packId() == null ? "~" : r.packId())
                .thenComparing(PackRecord::source));
        // Publish before the records change, so whoever reads "serving" finds the pack in the catalog.
        publisher.publish(serving);
        records = List.copyOf(result);
    }

    private void serve(String packId, List<PackSource> group, Map<String, PackContent> serving,
                       List<PackRecord> out) {
        List<PackSource> accepted = group.stream().filter(s -> s.offer() instanceof PackSource.Accepted)
                .sorted(Comparator.comparing((PackSource s) -> version(((PackSource.Accepted) s.offer()).version()))
                        .reversed().thenComparingLong(PackSource::arrival))
                .toList();
        if (!accepted.isEmpty()) {
            PackSource winner = accepted.get(0);
            PackSource.Accepted offer = (PackSource.Accepted) winner.offer();
            serving.put(packId, offer.content());
            if (!offer.digest().equals(servingDigest.put(packId, offer.digest()))) {
                lastGood.save(packId, offer.digest(), offer.selfContained());
            }
            for (PackSource source : group) {
                out.add(source == winner ? record(source, null, List.of())
                        : record(source, offer.version(), source.offer() instanceof PackSource.Accepted
                                ? List.of(shadowedBy(winner, offer)) : List.of()));
            }
            return;
        }
        boolean anyRejected = group.stream().anyMatch(s -> s.offer() instanceof PackSource.Rejected);
        Optional<PackContent> fallback = anyRejected ? lastGood.load(packId) : Optional.empty();
        fallback.ifPresent(content -> serving.put(packId, content));
        String servingVersion = fallback.map(c -> c.info().version()).orElse(null);
        group.forEach(source -> out.add(record(source, servingVersion, List.of())));
    }

    private static PackProblem shadowedBy(PackSource winner, PackSource.Accepted offer) {
        return new PackProblem(winner.name(), "", "Shadowed: pack '" + offer.packId() + "' version "
                + offer.version() + " from " + winner.name() + " is serving; this source is used only once that one goes.");
    }

    private PackRecord record(PackSource source, String servingVersion, List<PackProblem> extra) {
        PackSource.Offer offer = source.offer();
        String packId = packIdOf(source);
        if (offer instanceof PackSource.Accepted accepted) {
            PackState state = extra.isEmpty() ? PackState.ACTIVE : PackState.SHADOWED;
            List<PackProblem> problems = new ArrayList<>(extra);
            problems.addAll(accepted.warnings());
            return new PackRecord(packId, accepted.version(), accepted.content().info().name(), state,
                    source.kind(), source.name(), servingVersion, accepted.content().exercises().size(), source.at(),
                    problems);
        }
        if (offer instanceof PackSource.Rejected rejected) {
            return new PackRecord(packId, rejected.version(), null, PackState.REJECTED, source.kind(), source.name(),
                    servingVersion, 0, source.at(), rejected.problems());
        }
        PackSource.Inactive inactive = (PackSource.Inactive) offer;
        return new PackRecord(packId, null, null, inactive.resolved() ? PackState.STOPPED : PackState.UNRESOLVED,
                source.kind(), source.name(), servingVersion, 0, source.at(), inactive.problems());
    }

    private static Version version(String value) {
        try {
            return Version.parseVersion(value);
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }

    private void logChange(PackSource previous, PackSource current, String packId) {
        PackSource.Offer offer = current.offer();
        if (offer instanceof PackSource.Accepted accepted) {
            if (previous != null && previous.offer() instanceof PackSource.Accepted before
                    && before.version().equals(accepted.version()) && !before.digest().equals(accepted.digest())) {
                LOG.info("Pack '{}' {} from {} was updated in place: same version, changed content", packId,
                        accepted.version(), current.name());
            } else {
                LOG.info("Pack '{}' {} from {} is valid ({} exercises, {} warnings)", packId, accepted.version(),
                        current.name(), accepted.content().exercises().size(), accepted.warnings().size());
            }
            accepted.warnings().forEach(w -> LOG.info("Pack source {}: warning: {}", current.name(), w));
        } else if (offer instanceof PackSource.Rejected rejected) {
            LOG.warn("Pack source {} was rejected with {} problem(s){}", current.name(), rejected.problems().size(),
                    packId == null ? "" : "; pack '" + packId + "' keeps its last good version if it has one");
            rejected.problems().forEach(p -> LOG.warn("Pack source {}: {}", current.name(), p));
        } else if (offer instanceof PackSource.Inactive inactive && !Objects.equals(previous, current)) {
            inactive.problems().forEach(p -> LOG.info("Pack source {}: {}", current.name(), p.message()));
        }
    }

    Instant now() {
        return clock.instant();
    }
}
