package org.limber.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.limber.catalog.internal.ExerciseSearchTest.ALPHA;
import static org.limber.catalog.internal.ExerciseSearchTest.BETA;
import static org.limber.catalog.internal.ExerciseSearchTest.DAILY;
import static org.limber.catalog.internal.ExerciseSearchTest.EVENING;
import static org.limber.catalog.internal.ExerciseSearchTest.FLARE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.spi.ExercisePack;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The catalog component rebuilds its snapshot, bumps the revision and posts CHANGED on every pack change. */
class CatalogComponentTest {

    /** Records what the component posts or sends. */
    static final class RecordingEventAdmin implements EventAdmin {
        final List<Event> posted = new ArrayList<>();
        final List<Event> sent = new ArrayList<>();

        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            sent.add(event);
        }
    }

    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private final CatalogComponent catalog = new CatalogComponent(events);

    private static ExercisePack pack(PackContent content) {
        return () -> content;
    }

    private static Map<String, Object> props(PackContent content) {
        return Map.of(ExercisePack.PACK_ID, content.info().id(), ExercisePack.PACK_VERSION, content.info().version());
    }

    private static void assertChanged(Event event, long revision, String packs) {
        assertEquals(CatalogService.TOPIC_CHANGED, event.getTopic());
        assertEquals(revision, event.getProperty("revision"));
        assertEquals(packs, event.getProperty("packs"));
    }

    @Test
    void startsEmptyAtRevisionZeroWithoutAnEvent() {
        assertEquals(0, catalog.current().revision());
        assertEquals(0, catalog.current().find(ExerciseQuery.all()).total());
        assertEquals(List.of(), events.posted);
    }

    @Test
    void addingPacksRebuildsAndPostsChanged() {
        catalog.addPack(pack(ALPHA), props(ALPHA));

        assertEquals(1, catalog.current().revision());
        assertEquals(3, catalog.current().find(ExerciseQuery.all()).total());
        assertEquals(1, events.posted.size());
        assertChanged(events.posted.get(0), 1L, "alpha");

        catalog.addPack(pack(BETA), props(BETA));

        assertEquals(2, catalog.current().revision());
        assertEquals(5, catalog.current().find(ExerciseQuery.all()).total());
        assertChanged(events.posted.get(1), 2L, "alpha,beta");
        assertEquals(List.of(), events.sent, "events are posted asynchronously, never sent");
    }

    @Test
    void updatedPackReplacesItsContent() {
        catalog.addPack(pack(ALPHA), props(ALPHA));
        CatalogView before = catalog.current();
        Exercise extra = ExerciseSearchTest.exercise("alpha", "extra", "Extra", List.of(), "More.",
                org.limber.catalog.api.model.Category.MOBILITY, List.of(), false, List.of(), List.of(),
                List.of(), null, null);
        PackContent alpha2 = new PackContent(ExerciseSearchTest.info("alpha", "1.1.0", List.of()),
                List.of(extra), List.of(), Map.of());

        catalog.updatedPack(pack(alpha2), props(alpha2));

        CatalogView after = catalog.current();
        assertEquals(2, after.revision());
        assertEquals(List.of(extra), after.find(ExerciseQuery.all()).items());
        assertEquals("1.1.0", after.packs().get(0).version());
        assertChanged(events.posted.get(1), 2L, "alpha");
        // The view taken before the update still answers from the old content.
        assertEquals(1, before.revision());
        assertEquals(3, before.find(ExerciseQuery.all()).total());
        assertEquals(Optional.empty(), before.exercise("alpha.extra"));
    }

    @Test
    void removingAPackRebuildsWithoutIt() {
        catalog.addPack(pack(ALPHA), props(ALPHA));
        catalog.addPack(pack(BETA), props(BETA));

        catalog.removePack(pack(BETA), props(BETA));

        assertEquals(3, catalog.current().revision());
        assertEquals(Optional.empty(), catalog.current().exercise("beta.cobra"));
        assertEquals(3, catalog.current().find(ExerciseQuery.all()).total());
        assertEquals(3, events.posted.size());
        assertChanged(events.posted.get(2), 3L, "alpha");
    }

    @Test
    void templatesComeAndGoWithTheirPack() {
        catalog.addPack(pack(ALPHA), props(ALPHA));
        assertEquals(List.of(DAILY, EVENING), catalog.current().templates());
        assertEquals(Optional.empty(), catalog.current().template("beta.flare"));

        catalog.addPack(pack(BETA), props(BETA));
        assertEquals(List.of(DAILY, EVENING, FLARE), catalog.current().templates());
        assertEquals(Optional.of(FLARE), catalog.current().template("beta.flare"));

        catalog.removePack(pack(ALPHA), props(ALPHA));
        assertEquals(List.of(FLARE), catalog.current().templates());
        assertEquals(Optional.empty(), catalog.current().template("alpha.evening"));

        catalog.removePack(pack(BETA), props(BETA));
        assertEquals(List.of(), catalog.current().templates());
        assertEquals(Optional.empty(), catalog.current().template("beta.flare"));
    }

    @Test
    void anUpdatedPackWithoutTemplatesTakesThemAway() {
        catalog.addPack(pack(ALPHA), props(ALPHA));
        CatalogView before = catalog.current();
        PackContent alpha2 = new PackContent(ExerciseSearchTest.info("alpha", "1.1.0", List.of()),
                ALPHA.exercises(), ALPHA.guidance(), ALPHA.illustrations());

        catalog.updatedPack(pack(alpha2), props(alpha2));

        assertEquals(List.of(), catalog.current().templates());
        assertEquals(Optional.empty(), catalog.current().template("alpha.daily"));
        assertEquals(Optional.of(DAILY), before.template("alpha.daily"), "an earlier view keeps its templates");
    }

    @Test
    void removingAnUnknownPackChangesNothing() {
        catalog.addPack(pack(ALPHA), props(ALPHA));
        CatalogView before = catalog.current();

        catalog.removePack(pack(BETA), props(BETA));
        catalog.removePack(pack(ALPHA), Map.of());

        assertSame(before, catalog.current());
        assertEquals(1, events.posted.size());
    }

    @Test
    void worksWithoutAnEventAdmin() {
        CatalogComponent quiet = new CatalogComponent(null);

        quiet.addPack(pack(ALPHA), props(ALPHA));
        quiet.removePack(pack(ALPHA), props(ALPHA));

        assertEquals(2, quiet.current().revision());
        assertEquals(0, quiet.current().find(ExerciseQuery.all()).total());
    }
}
