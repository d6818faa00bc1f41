package org.limber.catalog.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.spi.ExercisePack;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog: tracks every {@link ExercisePack} service and publishes a new immutable snapshot whenever one comes,
 * goes or is replaced. Readers take the current snapshot without locking.
 */
@Component(service = CatalogService.class)
public class CatalogComponent implements CatalogService {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogComponent.class);

    private final Map<String, PackContent> packs = new ConcurrentHashMap<>();
    private final AtomicLong revisions = new AtomicLong();
    private final AtomicReference<CatalogSnapshot> current =
            new AtomicReference<>(CatalogSnapshot.build(0, Map.of()));
    private final EventAdmin events;

    @Activate
    public CatalogComponent(@Reference(cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY) EventAdmin events) {
        this.events = events;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addPack(ExercisePack pack, Map<String, Object> properties) {
        PackContent content = pack.content();
        packs.put(content.info().id(), content);
        rebuild("added " + content.info().id() + " " + content.info().version());
    }

    public void updatedPack(ExercisePack pack, Map<String, Object> properties) {
        addPack(pack, properties);
    }

    public void removePack(ExercisePack pack, Map<String, Object> properties) {
        Object id = properties.get(ExercisePack.PACK_ID);
        if (id != null && packs.remove(id.toString()) != null) {
            rebuild("removed " + id);
        }
    }

    @Override
    public CatalogView current() {
        return current.get();
    }

    private synchronized void rebuild(String why) {
        CatalogSnapshot snapshot = CatalogSnapshot.build(revisions.incrementAndGet(), Map.copyOf(packs));
        current.set(snapshot);
        LOG.info("Catalog revision {}: {} ({} exercises from {} packs)", snapshot.revision(), why,
                snapshot.exerciseCount(), snapshot.packs().size());
        if (events != null) {
            events.postEvent(new Event(TOPIC_CHANGED, Map.of("revision", snapshot.revision(),
                    "packs", snapshot.packs().stream().map(p -> p.id()).collect(Collectors.joining(",")))));
        }
    }
}
