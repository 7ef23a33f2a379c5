package org.nianbao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.Tuples;
import org.nianbao.nianbao.ColumnTree;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowTree;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

/**
 * Structural facts about templates and the tables of reports: the leaves of a row or column tree
 * in document order, node paths relative to their tree, and the lookups everybody needs.
 */
public final class Tables {
	private Tables() {
	}

	/** The leaves under the given nodes, depth first, in document order. */
	public static List<Leaf> leaves(List<? extends Node> nodes) {
		List<Leaf> result = new ArrayList<>();
		collectLeaves(nodes, result);
		return result;
	}

	private static void collectLeaves(List<? extends Node> nodes, List<Leaf> into) {
		for (Node n : nodes) {
			if (n instanceof Leaf leaf) {
				into.add(leaf);
			} else if (n instanceof Group g) {
				collectLeaves(g.getChildren(), into);
			}
		}
	}

	/** The leaves under one node (the node itself when it is a leaf). */
	public static List<Leaf> leaves(Node node) {
		return leaves(Collections.singletonList(node));
	}

	public static List<Leaf> columnLeaves(TableDef table) {
		return table == null || table.getColumns() == null ? List.of() : leaves(table.getColumns().getNodes());
	}

	public static List<Leaf> rowLeaves(TableDef table) {
		return table == null || table.getRows() == null ? List.of() : leaves(table.getRows().getNodes());
	}

	/** Every node of a tree, groups and leaves, depth first. */
	public static List<Node> allNodes(List<? extends Node> nodes) {
		List<Node> result = new ArrayList<>();
		for (Node n : nodes) {
			result.add(n);
			if (n instanceof Group g) {
				result.addAll(allNodes(g.getChildren()));
			}
		}
		return result;
	}

	/** The names from the tree's top down to the node, e.g. [行政诉讼, 直接起诉, 总计]. */
	public static List<String> path(Node node) {
		return path(node, Node::getName);
	}

	/** The path as it would read with the nodes named by {@code nameOf}. */
	public static List<String> path(Node node, Function<Node, String> nameOf) {
		List<String> names = new ArrayList<>();
		EObject current = node;
		while (current instanceof Node n) {
			names.add(0, nameOf.apply(n));
			current = current.eContainer();
		}
		return names;
	}

	public static String pathString(Node node) {
		return String.join(".", path(node));
	}

	/** Whether a leaf belongs to a column tree (as opposed to a row tree). */
	public static boolean isColumn(Node node) {
		return EcoreUtil2.getContainerOfType(node, ColumnTree.class) != null;
	}

	public static boolean isRow(Node node) {
		return EcoreUtil2.getContainerOfType(node, RowTree.class) != null;
	}

	/** A leaf with a formula is derived: a total the tools can compute. */
	public static boolean isDerived(Leaf leaf) {
		return leaf.getFormula() != null;
	}

	public static TableDef tableOf(Node node) {
		return EcoreUtil2.getContainerOfType(node, TableDef.class);
	}

	/** The labels from the top of the tree down to the node, for messages and hovers. */
	public static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		EObject current = node;
		while (current instanceof Node n) {
			labels.add(0, n.getLabel());
			current = current.eContainer();
		}
		return labels;
	}

	/**
	 * Cache of {@link #referableNames} and {@link #shortestName} per tree, cleared whenever the
	 * tree's resource changes (an edited template). Linking, validation, the arithmetic service and
	 * narrative expressions ask for the names of the same trees for every row and cell: computed
	 * afresh each time they were the largest single cost of validating a report.
	 */
	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	/**
	 * Names under which each node of a tree can be written: its full path, and every shorter
	 * suffix of it that no other node of the same tree shares (so `总计` alone works when unique).
	 * The map is unmodifiable.
	 */
	public static Map<String, Node> referableNames(List<? extends Node> nodes) {
		if (nodes instanceof EcoreEList<?> list && list.getEObject() != null && list.getEObject().eResource() != null) {
			EObject owner = list.getEObject();
			return CACHE.get(Tuples.create("Tables.referableNames", owner, list.getEStructuralFeature()),
					owner.eResource(), () -> computeReferableNames(nodes));
		}
		return computeReferableNames(nodes);
	}

	private static Map<String, Node> computeReferableNames(List<? extends Node> nodes) {
		return referableNames(nodes, Node::getName);
	}

	/**
	 * The {@link #referableNames} the tree would have if its nodes were named by {@code nameOf}
	 * (a rename checks with it that every name keeps its meaning). Not cached.
	 */
	public static Map<String, Node> referableNames(List<? extends Node> nodes, Function<Node, String> nameOf) {
		Map<String, List<Node>> candidates = new LinkedHashMap<>();
		for (Node n : allNodes(nodes)) {
			List<String> p = path(n, nameOf);
			for (int i = 0; i < p.size(); i++) {
				String suffix = String.join(".", p.subList(i, p.size()));
				candidates.computeIfAbsent(suffix, k -> new ArrayList<>()).add(n);
			}
		}
		Map<String, Node> result = new LinkedHashMap<>();
		candidates.forEach((name, found) -> {
			if (found.size() == 1) {
				result.put(name, found.get(0));
			} else {
				for (Node n : found) {
					if (String.join(".", path(n, nameOf)).equals(name)) {
						result.put(name, n);
					}
				}
			}
		});
		return Collections.unmodifiableMap(result);
	}

	/** The shortest name under which a node can be written in its tree. */
	public static String shortestName(Node node) {
		List<? extends Node> roots = List.of(node);
		// the tree the node is in: one walk up (printing an import asks this for every row and column)
		for (org.eclipse.emf.ecore.EObject c = node.eContainer(); c != null; c = c.eContainer()) {
			if (c instanceof ColumnTree ct) {
				roots = ct.getNodes();
				break;
			}
			if (c instanceof RowTree rt) {
				roots = rt.getNodes();
				break;
			}
		}
		List<? extends Node> tree = roots;
		org.eclipse.emf.ecore.resource.Resource resource = node.eResource();
		String name = resource != null && tree instanceof EcoreEList<?>
				? CACHE.get(Tuples.create("Tables.shortestNames", tree), resource, () -> shortestNames(tree)).get(node)
				: shortestNames(tree).get(node);
		return name != null ? name : pathString(node);
	}

	/** Every node of a tree with its shortest name. */
	private static Map<Node, String> shortestNames(List<? extends Node> roots) {
		Map<Node, String> best = new java.util.IdentityHashMap<>();
		for (Map.Entry<String, Node> e : referableNames(roots).entrySet()) {
			String current = best.get(e.getValue());
			if (current == null || e.getKey().length() < current.length()) {
				best.put(e.getValue(), e.getKey());
			}
		}
		return best;
	}

	public static Template template(Report report) {
		Template t = report.getTemplate();
		return t == null || t.eIsProxy() ? null : t;
	}

	/** The report's data for a template table, or null when the report leaves it out. */
	public static TableData tableData(Report report, TableDef table) {
		for (SectionData s : report.getSections()) {
			for (TableData t : EcoreUtil2.typeSelect(s.getContents(), TableData.class)) {
				if (t.getTable() == table) {
					return t;
				}
			}
		}
		return null;
	}

	public static SectionData sectionData(Report report, SectionDef section) {
		for (SectionData s : report.getSections()) {
			if (s.getSection() == section) {
				return s;
			}
		}
		return null;
	}

	public static TableDef findTable(Template template, String name) {
		for (SectionDef s : template.getSections()) {
			for (TableDef t : s.getTables()) {
				if (Objects.equals(t.getName(), name)) {
					return t;
				}
			}
		}
		return null;
	}

	public static List<TableDef> allTables(Template template) {
		List<TableDef> result = new ArrayList<>();
		for (SectionDef s : template.getSections()) {
			result.addAll(s.getTables());
		}
		return result;
	}
}
