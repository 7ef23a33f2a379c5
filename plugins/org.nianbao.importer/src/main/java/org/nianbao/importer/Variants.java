package org.nianbao.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

/**
 * What else a template's labels may look like in print, taken from the templates themselves: the
 * label that another visible template (another version of the format) gives the same row (`规范性文件`
 * of 2019 for `行政规范性文件` of 2021), and the characters of a table's own labels, of which the
 * fragments of a vertical or wrapped label printed between rows are made.
 */
final class Variants {
	private final List<Template> others;

	/*
	 * Computed once per template object (templates do not change while imported onto; each thread's
	 * library has its own copies, and user templates leave with their import): an import must not
	 * walk the other templates' rows for every row again.
	 */
	private static final Map<TableDef, java.util.BitSet> VOCABULARY = new java.util.WeakHashMap<>();
	private static final Map<Leaf, Map<List<Template>, List<String>>> LABELS = new java.util.WeakHashMap<>();

	private final boolean othersAreLibrary;

	Variants(Template template, List<Template> visible) {
		this.others = new ArrayList<>();
		for (Template t : visible) {
			if (t != template) {
				others.add(t);
			}
		}
		this.othersAreLibrary = others.stream()
				.allMatch(t -> t.eResource() != null && org.nianbao.library.Library.isLibrary(t.eResource().getURI()));
	}

	/** The template's label first, then the other versions' labels of the row with the same path. */
	List<String> labels(Leaf leaf) {
		if (!othersAreLibrary) {
			return computeLabels(leaf); // a user's templates leave with their import: nothing to keep
		}
		synchronized (LABELS) {
			return LABELS.computeIfAbsent(leaf, l -> new HashMap<>()).computeIfAbsent(others, o -> computeLabels(leaf));
		}
	}

	private List<String> computeLabels(Leaf leaf) {
		List<String> labels = new ArrayList<>();
		labels.add(leaf.getLabel());
		TableDef table = Tables.tableOf(leaf);
		List<String> path = Tables.path(leaf);
		for (Template t : others) {
			TableDef same = Tables.findTable(t, table.getName());
			if (same == null) {
				continue;
			}
			for (Leaf other : Tables.rowLeaves(same)) {
				if (Tables.path(other).equals(path) && !labels.contains(other.getLabel())) {
					labels.add(other.getLabel());
				}
			}
		}
		return List.copyOf(labels);
	}

	private static java.util.BitSet vocabulary(TableDef table) {
		synchronized (VOCABULARY) {
			return VOCABULARY.computeIfAbsent(table, Variants::charsOf);
		}
	}

	/** Whether text between rows is made of the table's own label characters (a label's fragments). */
	boolean isFragment(TableDef table, String text) {
		String v = Labels.viewForm(text);
		if (v.length() > 30) {
			return false;
		}
		return onlyVocabulary(v, vocabulary(table));
	}

	/** Whether a whole line is made of the table's label characters only (its header printed as text). */
	boolean isHeaderText(TableDef table, String text) {
		String v = Labels.viewForm(text);
		return !v.isEmpty() && onlyVocabulary(v, vocabulary(table));
	}

	/** Whether every character of {@code view} is one of {@code chars} or a mark that rules and headers print. */
	private static boolean onlyVocabulary(String view, java.util.BitSet chars) {
		for (int i = 0; i < view.length(); i++) {
			char c = view.charAt(i);
			if (!chars.get(c) && "#*-—_=：:，。.\"".indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	private static java.util.BitSet charsOf(TableDef table) {
		java.util.BitSet set = new java.util.BitSet();
		List<String> labels = new ArrayList<>();
		labels.add(table.getCaption());
		labels.add(table.getCorner());
		labels.add(table.getNote());
		for (Node node : Tables.allNodes(table.getColumns().getNodes())) {
			labels.add(node.getLabel());
		}
		for (Node node : Tables.allNodes(table.getRows().getNodes())) {
			labels.add(node.getLabel());
		}
		for (String l : labels) {
			if (l != null) {
				Labels.viewForm(l).chars().forEach(set::set);
			}
		}
		return set;
	}
}
