package org.nianbao.importer.audit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each equal value that never changes (strings, lists and maps of strings), shared by the
 * workers of one audit; beyond {@code max} values, values are kept as they are.
 */
final class SharedValues {
	private final Map<Object, Object> kept = new ConcurrentHashMap<>();
	private final int max;

	SharedValues(int max) {
		this.max = max;
	}

	/** The copy of {@code value} kept already (equal to it), else {@code value}. */
	<T> T of(T value) {
		return of(value, value);
	}

	/**
	 * {@code map}, unmodifiable, or the copy kept of a map with the same entries in the same order: maps
	 * equal in another order are not the same (their order is the order of a sheet's columns).
	 */
	<V> Map<String, V> inOrder(Map<String, V> map) {
		return map == null ? null : of(new InOrder(List.copyOf(map.entrySet())), Collections.unmodifiableMap(map));
	}

	/** A map's entries in order, as a key: never equal to a value kept for itself. */
	private record InOrder(List<?> entries) {
	}

	@SuppressWarnings("unchecked")
	private <T> T of(Object key, T value) {
		if (value == null) {
			return null;
		}
		Object copy = kept.get(key);
		if (copy == null && kept.size() < max) {
			copy = kept.putIfAbsent(key, value);
		}
		return copy == null ? value : (T) copy;
	}
}
