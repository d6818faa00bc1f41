package org.limber.pack.loader.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.limber.catalog.api.PackInventory;
import org.limber.catalog.api.PackRecord;
import org.limber.pack.loader.internal.parse.PackLimits;
import org.limber.pack.loader.internal.parse.PackParser;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pack extender. Tracks every bundle with a {@code Limber-Pack} header in any state, reads it on one worker
 * thread (a pack's trouble never blocks the framework or another pack), and lets the registry decide what serves.
 */
@Component(service = PackInventory.class, immediate = true, configurationPid = PackLoaderConfig.PID)
@Designate(ocd = PackLoaderConfig.class)
public class PackLoaderComponent implements PackInventory, BundleTrackerCustomizer<Bundle> {
    private static final Logger LOG = LoggerFactory.getLogger(PackLoaderComponent.class);
    private static final int TRACKED = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE
            | Bundle.STOPPING;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "limber-pack-loader");
        thread.setDaemon(true);
        return thread;
    });
    /** Bundle id to the last-modified time of the revision whose pack was last parsed; touched by the worker only. */
    private final Map<Long, Long> parsedRevision = new HashMap<>();
    private final EventAdmin events;
    private final PackBundleReader reader;
    private final ServicePublisher publisher;
    private final PackRegistry registry;
    private final BundleTracker<Bundle> tracker;

    @Activate
    public PackLoaderComponent(BundleContext context, PackLoaderConfig config, @Reference EventAdmin events) {
        this.events = events;
        PackParser parser = new PackParser(new PackLimits(config.maxPackBytes(), config.maxSvgBytes()));
        this.reader = new PackBundleReader(context.getBundle(), parser, config.maxPackBytes());
        this.publisher = new ServicePublisher(context);
        this.registry = new PackRegistry(new FileLastGoodStore(context.getDataFile("last-good").toPath(), parser),
                publisher, Clock.systemUTC());
        this.tracker = new BundleTracker<>(context, TRACKED, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("The pack loader's worker did not finish in 10 s");
            worker.shutdownNow();
        }
        publisher.unregisterAll();
    }

    @Override
    public List<PackRecord> packs() {
        return registry.records();
    }

    @Override
    public List<PackRecord> find(String packIdOrSource) {
        return registry.records().stream()
                .filter(r -> packIdOrSource.equals(r.packId()) || packIdOrSource.equals(r.source())).toList();
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        if (!PackBundleReader.isPack(bundle)) {
            return null;
        }
        submit(bundle);
        return bundle;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
        submit(bundle);
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
        boolean uninstalled = bundle.getState() == Bundle.UNINSTALLED;
        run(() -> {
            parsedRevision.remove(bundle.getBundleId());
            registry.withdraw(bundle.getBundleId(), uninstalled);
        }, PackBundleReader.name(bundle));
    }

    private void submit(Bundle bundle) {
        run(() -> {
            if (bundle.getState() == Bundle.UNINSTALLED) {
                return;
            }
            long key = bundle.getBundleId();
            long revision = bundle.getLastModified();
            if (Long.valueOf(revision).equals(parsedRevision.get(key)) && isServing(bundle)) {
                return;
            }
            PackSource.Offer offer = reader.read(bundle);
            if (offer instanceof PackSource.Accepted || offer instanceof PackSource.Rejected) {
                parsedRevision.put(key, revision);
            } else {
                parsedRevision.remove(key);
            }
            registry.offer(new PackSource(key, PackBundleReader.kind(bundle), PackBundleReader.name(bundle),
                    registry.nextArrival(key), offer, registry.now()));
        }, PackBundleReader.name(bundle));
    }

    private static boolean isServing(Bundle bundle) {
        return (bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0;
    }

    private void run(Runnable work, String source) {
        if (worker.isShutdown()) {
            return;
        }
        worker.execute(() -> {
            try {
                work.run();
                events.postEvent(new Event(TOPIC_CHANGED, Map.of("source", source)));
            } catch (RuntimeException e) {
                LOG.error("Pack source {} could not be processed", source, e);
            }
        });
    }
}
