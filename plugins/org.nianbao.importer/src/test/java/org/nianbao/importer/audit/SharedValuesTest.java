package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one copy of each value the audit's snapshots share. */
class SharedValuesTest {

	private static Map<String, String> map(String... keysAndValues) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return m;
	}

	@Test
	void aMapIsSharedOnlyWithOneOfTheSameOrder() {
		SharedValues shared = new SharedValues(100);
		Map<String, String> first = shared.inOrder(map("新收", "新收", "结转下年", "结转下年"));
		// equal as maps, but a template that declares its figures in another order prints them so
		Map<String, String> other = shared.inOrder(map("结转下年", "结转下年", "新收", "新收"));
		assertEquals(List.of("结转下年", "新收"), List.copyOf(other.keySet()));
		assertSame(first, shared.inOrder(map("新收", "新收", "结转下年", "结转下年")), "the same order: one copy");
		assertThrows(UnsupportedOperationException.class, () -> first.put("x", "y"));
	}

	@Test
	void valuesOfDifferentKindsNeverStandForEachOther() {
		SharedValues shared = new SharedValues(100);
		List<String> none = shared.of(new ArrayList<String>());
		// an empty map's entries are an empty list: kept apart from the empty list itself
		Map<String, String> empty = shared.inOrder(new LinkedHashMap<>());
		assertEquals(Map.of(), empty);
		assertSame(none, shared.of(List.<String>of()));
		String a = new String("港口镇");
		assertSame(a, shared.of(a));
		assertSame(a, shared.of(new String("港口镇")));
		assertNull(shared.of(null));
		assertNull(shared.inOrder(null));
	}

	@Test
	void beyondItsSizeValuesAreKeptAsTheyAre() {
		SharedValues shared = new SharedValues(2);
		shared.of("a");
		shared.of("b");
		String c = new String("c");
		assertSame(c, shared.of(c));
		assertNotSame(c, shared.of(new String("c")), "not kept: the third value");
		assertEquals("a", shared.of(new String("a")));
	}
}
