package io.capbrief.store;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each equal value read in a query: hundreds of thousands of facts share a few
 * hundred concepts, units, CIKs and dates, and each JDBC read would otherwise be a new object.
 */
final class ValuePool {

    private final Map<Object, Object> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
    }
}
