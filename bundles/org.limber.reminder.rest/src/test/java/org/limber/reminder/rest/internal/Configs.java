package org.limber.reminder.rest.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A component's typed configuration as Declarative Services builds it from a configuration: each attribute is the
 * configured value, else the annotation's default.
 */
final class Configs {
    private Configs() {
    }

    static <A> A of(Class<A> type, Map<String, Object> configured) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + configured;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> configured.containsKey(method.getName()) ? configured.get(method.getName())
                            : method.getDefaultValue();
                }));
    }
}
