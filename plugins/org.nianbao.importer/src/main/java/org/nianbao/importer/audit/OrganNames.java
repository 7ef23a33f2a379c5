package org.nianbao.importer.audit;

import org.nianbao.importer.Labels;
import org.nianbao.validation.Fingerprints;

/**
 * Organ names as the roster compares them: equal after folding width and removing spaces (the
 * form fingerprints use, so a roster name and a finding's organ agree), or alike enough to be the
 * same organ misspelt (similarity ≥ {@link #SIMILAR}, reported as a warning).
 */
public final class OrganNames {
	private OrganNames() {
	}

	/** 1 − edit distance / length: "恩平市人民政府办公室" vs "恩平市人民政府办工室" is 0.9. */
	public static final double SIMILAR = 0.85;

	public static String normalise(String name) {
		return Fingerprints.canonical(name);
	}

	public static boolean same(String a, String b) {
		return normalise(a).equals(normalise(b));
	}

	public static double similarity(String a, String b) {
		return similarityOfNormalised(normalise(a), normalise(b));
	}

	/** {@link #similarity} of two names already {@linkplain #normalise normalised}. */
	static double similarityOfNormalised(String a, String b) {
		return Labels.similarity(a, b);
	}
}
