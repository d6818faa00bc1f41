package org.limber.pack.loader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.PackProblem;
import org.limber.catalog.api.PackRecord;
import org.limber.catalog.api.PackRecord.SourceKind;
import org.limber.catalog.api.PackState;
import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.model.PackInfo;

/** Which source serves each pack id, and what the records say, with an in-memory store and publisher. */
class PackRegistryTest {
    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    /** Keeps last good copies in memory; a copy's content is found again by the digest it was saved under. */
    static final class MemoryStore implements LastGoodStore {
        final Map<String, PackContent> contentByDigest = new HashMap<>();
        final Map<String, String> saved = new HashMap<>();
        final List<String> saves = new ArrayList<>();
        final List<String> deletes = new ArrayList<>();

        @Override
        public void save(String packId, String digest, byte[] selfContained) {
            saved.put(packId, digest);
            saves.add(packId + "@" + digest);
        }

        @Override
        public Optional<PackContent> load(String packId) {
            return Optional.ofNullable(saved.get(packId)).map(contentByDigest::get);
        }

        @Override
        public void delete(String packId) {
            saved.remove(packId);
            deletes.add(packId);
        }
    }

    /** Records every set of serving packs the registry publishes. */
    static final class RecordingPublisher implements PackPublisher {
        final List<Map<String, PackContent>> published = new ArrayList<>();

        @Override
        public void publish(Map<String, PackContent> serving) {
            published.add(Map.copyOf(serving));
        }

        Map<String, PackContent> last() {
            return published.get(published.size() - 1);
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final PackRegistry registry = new PackRegistry(store, publisher, Clock.fixed(AT, ZoneOffset.UTC));

    private static PackContent content(String id, String version, int exercises) {
        List<Exercise> list = new ArrayList<>();
        for (int i = 0; i < exercises; i++) {
            list.add(new Exercise(id + ".e" + i, id, "Exercise " + i, List.of(), "S.", Category.STRETCH, List.of(),
                    false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), null, List.of(), null));
        }
        return new PackContent(new PackInfo(id, version, 1, "Pack " + id, "D.", "CC0-1.0", "en", List.of()), list,
                List.of(), Map.of());
    }

    /** An accepted offer whose digest names its content; {@code tag} tells apart documents of one version. */
    private PackSource.Accepted accepted(PackContent content, String tag, PackProblem... warnings) {
        String digest = content.info().id() + "-" + content.info().version() + "-" + tag;
        store.contentByDigest.put(digest, content);
        return new PackSource.Accepted(content, List.of(warnings), digest.getBytes(StandardCharsets.UTF_8), digest);
    }

    private PackSource.Accepted accepted(PackContent content) {
        return accepted(content, "a");
    }

    private static PackSource.Rejected rejected(String packId, String version, String problem) {
        return new PackSource.Rejected(packId, version, List.of(new PackProblem("f", "/x", problem)));
    }

    private void offer(long key, String name, PackSource.Offer offer) {
        registry.offer(new PackSource(key, SourceKind.FILE, name, registry.nextArrival(key), offer, registry.now()));
    }

    private PackRecord record(String source) {
        return registry.records().stream().filter(r -> r.source().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no record for " + source + " in " + registry.records()));
    }

    // ---- serving ----

    @Test
    void singleAcceptedSourceIsServed() {
        PackContent mini = content("mini", "1.0.0", 2);

        offer(1, "mini.pack.json", accepted(mini));

        assertEquals(Map.of("mini", mini), publisher.last());
        PackRecord record = record("mini.pack.json");
        assertEquals(new PackRecord("mini", "1.0.0", "Pack mini", PackState.ACTIVE, SourceKind.FILE,
                "mini.pack.json", null, 2, AT, List.of()), record);
        assertEquals(List.of("mini@mini-1.0.0-a"), store.saves, "the served copy is kept as the last good one");
    }

    @Test
    void newerVersionFromASecondSourceWinsAndTheOlderIsShadowed() {
        PackContent v1 = content("mini", "1.0.0", 1);
        PackContent v2 = content("mini", "1.1.0", 3);

        offer(1, "old.pack.json", accepted(v1));
        offer(2, "new.pack.json", accepted(v2));

        assertSame(v2, publisher.last().get("mini"));
        PackRecord shadowed = record("old.pack.json");
        assertEquals(PackState.SHADOWED, shadowed.state());
        assertEquals("1.0.0", shadowed.version());
        assertEquals("1.1.0", shadowed.servingVersion());
        assertEquals(1, shadowed.problems().size());
        assertTrue(shadowed.problems().get(0).message().contains("new.pack.json"), shadowed::toString);
        assertEquals(PackState.ACTIVE, record("new.pack.json").state());
        assertNull(record("new.pack.json").servingVersion());
        assertEquals("mini-1.1.0-a", store.saved.get("mini"));
    }

    @Test
    void newerVersionWinsWhicheverArrivedFirst() {
        PackContent v2 = content("mini", "2.0.0", 1);

        offer(1, "new.pack.json", accepted(v2));
        offer(2, "old.pack.json", accepted(content("mini", "1.5.0", 1)));

        assertSame(v2, publisher.last().get("mini"));
        assertEquals(PackState.SHADOWED, record("old.pack.json").state());
    }

    @Test
    void versionsCompareAsNumbersNotText() {
        PackContent v10 = content("mini", "1.10.0", 1);

        offer(1, "a.pack.json", accepted(v10));
        offer(2, "b.pack.json", accepted(content("mini", "1.9.0", 1)));

        assertSame(v10, publisher.last().get("mini"));
    }

    @Test
    void onEqualVersionsTheEarlierArrivalWins() {
        PackContent first = content("mini", "1.0.0", 1);
        PackContent second = content("mini", "1.0.0", 2);

        offer(5, "zz-first.pack.json", accepted(first, "first"));
        offer(3, "aa-second.pack.json", accepted(second, "second"));

        assertSame(first, publisher.last().get("mini"));
        assertEquals(PackState.SHADOWED, record("aa-second.pack.json").state());
        assertEquals("1.0.0", record("aa-second.pack.json").servingVersion());

        // An update of the first source keeps its place in the arrival order.
        PackContent firstUpdated = content("mini", "1.0.0", 4);
        offer(5, "zz-first.pack.json", accepted(firstUpdated, "first-updated"));

        assertSame(firstUpdated, publisher.last().get("mini"));
        assertEquals(PackState.SHADOWED, record("aa-second.pack.json").state());
    }

    @Test
    void arrivalIsKeptPerSourceAndCountsUpForNewOnes() {
        offer(10, "a.pack.json", accepted(content("a", "1.0.0", 1)));
        long known = registry.nextArrival(10);

        assertEquals(known, registry.nextArrival(10), "a known source keeps its arrival");
        long fresh = registry.nextArrival(11);
        assertTrue(fresh > known, known + " then " + fresh);
    }

    @Test
    void shadowedSourceTakesOverWhenTheWinnerGoes() {
        PackContent v1 = content("mini", "1.0.0", 1);
        offer(1, "old.pack.json", accepted(v1));
        offer(2, "new.pack.json", accepted(content("mini", "2.0.0", 1)));

        registry.withdraw(2, true);

        assertSame(v1, publisher.last().get("mini"));
        assertEquals(PackState.ACTIVE, record("old.pack.json").state());
        assertEquals(List.of(), store.deletes, "another source still has the pack");
        assertEquals("mini-1.0.0-a", store.saved.get("mini"), "the serving copy is the last good one again");
    }

    @Test
    void differentPackIdsAreServedSideBySide() {
        PackContent a = content("alpha", "1.0.0", 1);
        PackContent b = content("beta", "1.0.0", 1);

        offer(1, "a.pack.json", accepted(a));
        offer(2, "b.pack.json", accepted(b));

        assertEquals(Map.of("alpha", a, "beta", b), publisher.last());
        assertEquals(PackState.ACTIVE, record("a.pack.json").state());
        assertEquals(PackState.ACTIVE, record("b.pack.json").state());
    }

    @Test
    void lastGoodCopyIsSavedOnlyWhenTheServingDocumentChanges() {
        PackContent v1 = content("mini", "1.0.0", 1);

        offer(1, "mini.pack.json", accepted(v1));
        offer(1, "mini.pack.json", accepted(v1));
        offer(2, "other.pack.json", accepted(content("other", "1.0.0", 1)));

        assertEquals(List.of("mini@mini-1.0.0-a", "other@other-1.0.0-a"), store.saves);

        offer(1, "mini.pack.json", accepted(content("mini", "1.0.0", 2), "edited"));

        assertEquals("mini@mini-1.0.0-edited", store.saves.get(store.saves.size() - 1),
                "same version, changed document");
    }

    // ---- rejection and the last good copy ----

    @Test
    void rejectedUpdateKeepsServingTheLastGoodCopy() {
        PackContent good = content("mini", "1.0.0", 2);
        offer(1, "mini.pack.json", accepted(good));

        offer(1, "mini.pack.json", rejected("mini", "1.1.0", "exercise 'x' has no steps"));

        assertEquals(Map.of("mini", good), publisher.last());
        PackRecord record = record("mini.pack.json");
        assertEquals(PackState.REJECTED, record.state());
        assertEquals("mini", record.packId());
        assertEquals("1.1.0", record.version());
        assertEquals("1.0.0", record.servingVersion());
        assertEquals(0, record.exerciseCount());
        assertEquals(List.of(new PackProblem("f", "/x", "exercise 'x' has no steps")), record.problems());
    }

    @Test
    void rejectedSourceWithoutAnIdKeepsItsLastKnownPackId() {
        PackContent good = content("mini", "1.0.0", 1);
        offer(1, "mini.pack.json", accepted(good));

        offer(1, "mini.pack.json", rejected(null, null, "not JSON"));

        PackRecord record = record("mini.pack.json");
        assertEquals("mini", record.packId());
        assertEquals(PackState.REJECTED, record.state());
        assertEquals("1.0.0", record.servingVersion());
        assertSame(good, publisher.last().get("mini"));
    }

    @Test
    void rejectedPackWithNoLastGoodCopyServesNothing() {
        offer(1, "mini.pack.json", rejected("mini", "1.0.0", "bad"));

        assertEquals(Map.of(), publisher.last());
        assertNull(record("mini.pack.json").servingVersion());
        assertEquals(PackState.REJECTED, record("mini.pack.json").state());
    }

    @Test
    void rejectedSourceBesideAnActiveOneNamesTheServingVersion() {
        offer(1, "good.pack.json", accepted(content("mini", "1.0.0", 1)));
        offer(2, "bad.pack.json", rejected("mini", "3.0.0", "bad"));

        PackRecord bad = record("bad.pack.json");
        assertEquals(PackState.REJECTED, bad.state());
        assertEquals("1.0.0", bad.servingVersion());
        assertEquals(PackState.ACTIVE, record("good.pack.json").state());
    }

    @Test
    void unreadableSourceNeverSeenBeforeHasNoPackId() {
        offer(1, "junk.pack.json", rejected(null, null, "not JSON"));

        assertNull(record("junk.pack.json").packId());
        assertEquals(Map.of(), publisher.last());
    }

    // ---- withdrawal ----

    @Test
    void uninstallingTheOnlySourceDeletesTheLastGoodCopy() {
        offer(1, "mini.pack.json", accepted(content("mini", "1.0.0", 1)));

        registry.withdraw(1, true);

        assertEquals(List.of("mini"), store.deletes);
        assertEquals(Map.of(), publisher.last());
        assertEquals(List.of(), registry.records());
    }

    @Test
    void uninstallingARejectedSourceWithoutAnIdStillDeletesByItsLastKnownId() {
        offer(1, "mini.pack.json", accepted(content("mini", "1.0.0", 1)));
        offer(1, "mini.pack.json", rejected(null, null, "not JSON"));

        registry.withdraw(1, true);

        assertEquals(List.of("mini"), store.deletes);
        assertEquals(Map.of(), publisher.last());
    }

    @Test
    void uninstallingOneOfTwoSourcesOfAPackKeepsTheLastGoodCopy() {
        offer(1, "a.pack.json", accepted(content("mini", "1.0.0", 1)));
        offer(2, "b.pack.json", rejected("mini", "2.0.0", "bad"));

        registry.withdraw(1, true);

        assertEquals(List.of(), store.deletes);
        // The remaining source is rejected, so the kept copy serves.
        assertEquals("1.0.0", publisher.last().get("mini").info().version());
        assertEquals("1.0.0", record("b.pack.json").servingVersion());
    }

    @Test
    void shutdownKeepsTheLastGoodCopyForTheNextStart() {
        PackContent good = content("mini", "1.0.0", 1);
        offer(1, "mini.pack.json", accepted(good));

        registry.withdraw(1, false);

        assertEquals(List.of(), store.deletes);
        assertEquals(Map.of(), publisher.last(), "a withdrawn source serves nothing");

        // Next start: the same store, and the file is now broken.
        RecordingPublisher nextPublisher = new RecordingPublisher();
        PackRegistry next = new PackRegistry(store, nextPublisher, Clock.fixed(AT, ZoneOffset.UTC));
        next.offer(new PackSource(1, SourceKind.FILE, "mini.pack.json", next.nextArrival(1),
                rejected("mini", "1.0.1", "bad"), AT));

        assertSame(good, nextPublisher.last().get("mini"));
        assertEquals("1.0.0", next.records().get(0).servingVersion());
    }

    @Test
    void withdrawingAnUnknownSourceChangesNothing() {
        offer(1, "mini.pack.json", accepted(content("mini", "1.0.0", 1)));
        int publishes = publisher.published.size();

        registry.withdraw(99, true);

        assertEquals(publishes, publisher.published.size());
        assertEquals(List.of(), store.deletes);
    }

    // ---- inactive bundles ----

    @Test
    void stoppedSourceServesNothingNotEvenTheLastGoodCopy() {
        offer(1, "mini-bundle 1.0.0", accepted(content("mini", "1.0.0", 1)));

        offer(1, "mini-bundle 1.0.0", new PackSource.Inactive("mini", true,
                List.of(new PackProblem("pack.json", "", "The bundle is stopped"))));

        assertEquals(Map.of(), publisher.last());
        PackRecord record = record("mini-bundle 1.0.0");
        assertEquals(PackState.STOPPED, record.state());
        assertEquals("mini", record.packId());
        assertNull(record.servingVersion());
        assertEquals("The bundle is stopped", record.problems().get(0).message());
        assertEquals(List.of(), store.deletes, "stopping is not uninstalling");
    }

    @Test
    void unresolvedSourceIsUnresolved() {
        offer(1, "future-pack 1.0.0", new PackSource.Inactive("future", false,
                List.of(new PackProblem("pack.json", "", "needs pack format 2"))));

        assertEquals(PackState.UNRESOLVED, record("future-pack 1.0.0").state());
        assertEquals(Map.of(), publisher.last());
    }

    @Test
    void stoppedSourceBesideAnActiveOneNamesTheServingVersion() {
        offer(1, "active.pack.json", accepted(content("mini", "1.2.0", 1)));
        offer(2, "stopped 1.0.0", new PackSource.Inactive("mini", true, List.of()));

        assertEquals(PackState.STOPPED, record("stopped 1.0.0").state());
        assertEquals("1.2.0", record("stopped 1.0.0").servingVersion());
        assertEquals("1.2.0", publisher.last().get("mini").info().version());
    }

    // ---- records ----

    @Test
    void recordsAreSortedByPackIdThenSourceWithUnknownIdsLast() {
        offer(1, "z.pack.json", accepted(content("alpha", "1.0.0", 1)));
        offer(2, "junk.pack.json", rejected(null, null, "not JSON"));
        offer(3, "b.pack.json", accepted(content("beta", "1.0.0", 1)));
        offer(4, "a.pack.json", accepted(content("alpha", "0.9.0", 1)));

        assertEquals(List.of("a.pack.json", "z.pack.json", "b.pack.json", "junk.pack.json"),
                registry.records().stream().map(PackRecord::source).toList());
    }

    @Test
    void recordsCarryWarningsAfterTheShadowNote() {
        PackProblem warning = new PackProblem("old.pack.json", "/exercises/0", "no dose given");
        offer(1, "old.pack.json", accepted(content("mini", "1.0.0", 1), "a", warning));
        offer(2, "new.pack.json", accepted(content("mini", "2.0.0", 1)));

        List<PackProblem> problems = record("old.pack.json").problems();

        assertEquals(2, problems.size());
        assertTrue(problems.get(0).message().startsWith("Shadowed"), problems::toString);
        assertEquals(warning, problems.get(1));

        offer(2, "new.pack.json", accepted(content("mini", "0.1.0", 1)));
        assertEquals(List.of(warning), record("old.pack.json").problems(), "an active pack keeps its warnings");
        assertEquals(PackState.ACTIVE, record("old.pack.json").state());
    }
}
