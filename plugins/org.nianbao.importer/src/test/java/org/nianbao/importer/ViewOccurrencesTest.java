package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link ViewOccurrences#contains} answers as {@link String#contains} does, and a closed instance
 * leaves the thread's tables clean for the next view (the tables are shared by all views of a thread).
 */
@org.junit.jupiter.api.Timeout(20) // tables left dirty make a view's chains loop: fail, not hang
class ViewOccurrencesTest {
	private static final String ALPHABET = "政府信息公开申请件数一二三四";

	@Test
	void containsAsStringContains() {
		Random random = new Random(20261202);
		int found = 0, asked = 0;
		for (int round = 0; round < 300; round++) {
			// views of different lengths and alphabets one after another on this thread: a table left dirty
			// by the view before would make a later answer wrong
			String view = draw(random, random.nextInt(200), 2 + random.nextInt(ALPHABET.length() - 1));
			try (ViewOccurrences occurrences = new ViewOccurrences(view)) {
				for (int q = 0; q < 50; q++) {
					String label = draw(random, 1 + random.nextInt(4), ALPHABET.length());
					boolean expected = view.contains(label);
					assertEquals(expected, occurrences.contains(label), view + " / " + label);
					found += expected ? 1 : 0;
					asked++;
				}
			}
		}
		assertTrue(found > asked / 10 && found < asked * 9 / 10, "labels found " + found + " of " + asked);
	}

	@Test
	void aLabelAtTheViewsEdgesIsFound() {
		try (ViewOccurrences occurrences = new ViewOccurrences("申请件数公开")) {
			assertTrue(occurrences.contains("申请"));
			assertTrue(occurrences.contains("公开"));
			assertTrue(occurrences.contains("申请件数公开"));
			assertEquals(false, occurrences.contains("申请件数公开了"));
			assertEquals(false, occurrences.contains("政府"));
		}
		try (ViewOccurrences occurrences = new ViewOccurrences("政府")) {
			assertEquals(false, occurrences.contains("申请"), "the view before left its characters in the tables");
			assertTrue(occurrences.contains("政府"));
		}
	}

	private static String draw(Random random, int length, int letters) {
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(letters)));
		}
		return sb.toString();
	}
}
