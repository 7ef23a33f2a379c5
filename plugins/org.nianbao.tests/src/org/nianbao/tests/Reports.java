package org.nianbao.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Test support: parses report texts into a fresh resource set (library templates included) and
 * plants faults into the cells of an example by row key and column position.
 */
public class Reports {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private int counter;

	/** Parses one file's text; fails on syntax errors, so a planted fault never hides a typo. */
	public Report parse(String text) {
		return parse(resourceSets.get(), text);
	}

	public Report parse(XtextResourceSet rs, String text) {
		return parse(rs, "test" + (++counter) + ".nianbao", text);
	}

	public Report parse(XtextResourceSet rs, String name, String text) {
		Resource r = rs.createResource(URI.createFileURI(Fixtures.root().resolve("target-test/" + name).toString()));
		try {
			r.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					rs.getLoadOptions());
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		if (!r.getErrors().isEmpty()) {
			throw new AssertionError("syntax errors: " + r.getErrors());
		}
		NianbaoFile file = (NianbaoFile) r.getContents().get(0);
		return file.getElements().stream().filter(Report.class::isInstance).map(Report.class::cast).findFirst()
				.orElseThrow();
	}

	/** Seed 000 as written out in the examples. */
	public static String gangkou() {
		return Fixtures.read(Fixtures.example("gangkou-2024.nianbao"));
	}

	/**
	 * Replaces the cell at position {@code column} (0-based) in the first row line whose key is
	 * {@code rowKey}; a cell's note (a string after it) is kept with it.
	 */
	public static String plant(String text, String rowKey, int column, String replacement) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String trimmed = lines[i].strip();
			if (!trimmed.startsWith(rowKey + " ")) {
				continue;
			}
			String indent = lines[i].substring(0, lines[i].indexOf(rowKey));
			List<String> cells = tokens(trimmed.substring(rowKey.length()).strip());
			if (column >= cells.size()) {
				throw new IllegalArgumentException(rowKey + " has " + cells.size() + " cells");
			}
			cells.set(column, replacement);
			lines[i] = indent + rowKey + "  " + String.join(" ", cells);
			return String.join("\n", lines);
		}
		throw new IllegalArgumentException("no row " + rowKey);
	}

	/** Replaces the whole row line (all its cells). */
	public static String replaceRow(String text, String rowKey, String cells) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].strip().startsWith(rowKey + " ")) {
				String indent = lines[i].substring(0, lines[i].indexOf(rowKey));
				lines[i] = indent + rowKey + "  " + cells;
				return String.join("\n", lines);
			}
		}
		throw new IllegalArgumentException("no row " + rowKey);
	}

	/** Cells of a row: numbers, `-`, `auto`, each with its note string if any. */
	private static List<String> tokens(String s) {
		List<String> result = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			if (i >= s.length()) {
				break;
			}
			if (s.charAt(i) == '"' && !result.isEmpty()) {
				int end = s.indexOf('"', i + 1);
				result.set(result.size() - 1, result.get(result.size() - 1) + " " + s.substring(i, end + 1));
				i = end + 1;
				continue;
			}
			int start = i;
			while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			result.add(s.substring(start, i));
		}
		return result;
	}

	public static List<String> list(String... s) {
		return Arrays.asList(s);
	}
}
