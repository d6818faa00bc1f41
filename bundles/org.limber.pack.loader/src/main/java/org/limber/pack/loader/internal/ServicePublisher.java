package org.limber.pack.loader.internal;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.spi.ExercisePack;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers one {@link ExercisePack} service per serving pack. A changed pack keeps its registration and only
 * changes its properties, so the catalog rebuilds once instead of seeing the pack leave and come back.
 */
final class ServicePublisher implements PackPublisher {
    private record Published(AtomicReference<PackContent> content, ServiceRegistration<ExercisePack> registration) {
    }

    private final BundleContext context;
    private final Map<String, Published> published = new HashMap<>();
    private long changes;

    ServicePublisher(BundleContext context) {
        this.context = context;
    }

    @Override
    public synchronized void publish(Map<String, PackContent> serving) {
        published.entrySet().removeIf(entry -> {
            if (serving.containsKey(entry.getKey())) {
                return false;
            }
            unregister(entry.getValue());
            return true;
        });
        serving.forEach((packId, content) -> {
            Published current = published.get(packId);
            if (current == null) {
                AtomicReference<PackContent> holder = new AtomicReference<>(content);
                ExercisePack service = holder::get;
                published.put(packId, new Published(holder,
                        context.registerService(ExercisePack.class, service, properties(content))));
            } else if (current.content().get() != content) {
                current.content().set(content);
                current.registration().setProperties(properties(content));
            }
        });
    }

    synchronized void unregisterAll() {
        published.values().forEach(ServicePublisher::unregister);
        published.clear();
    }

    private Dictionary<String, Object> properties(PackContent content) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ExercisePack.PACK_ID, content.info().id());
        properties.put(ExercisePack.PACK_VERSION, content.info().version());
        properties.put("limber.pack.change", ++changes);
        return properties;
    }

    private static void unregister(Published published) {
        try {
            published.registration().unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework is stopping this bundle
        }
    }
}
