package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Binary;
import org.nianbao.nianbao.Direction;
import org.nianbao.nianbao.Expression;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.NodeRef;
import org.nianbao.nianbao.NumberLiteral;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Sum;
import org.nianbao.nianbao.TableDef;

/**
 * A template table compiled into linear relations over its cells: a formula on a column leaf
 * holds in every row, one on a row leaf in every column; a rule holds in every column
 * ({@code per column}, naming rows) or every row ({@code per row}, naming columns).
 * Unresolved references make a formula or rule drop out (linking reports them).
 */
public final class TableRelations {
	private final TableDef table;
	private final List<Leaf> rows;
	private final List<Leaf> columns;
	private final List<Relation> relations = new ArrayList<>();
	private final Map<Leaf, String> names = new java.util.HashMap<>();

	public TableRelations(TableDef table) {
		this.table = table;
		this.rows = Tables.rowLeaves(table);
		this.columns = Tables.columnLeaves(table);
		compile();
	}

	public TableDef table() {
		return table;
	}

	public List<Leaf> rows() {
		return rows;
	}

	public List<Leaf> columns() {
		return columns;
	}

	public List<Relation> relations() {
		return Collections.unmodifiableList(relations);
	}

	/** The relations whose cells all lie in one row (a row total, a `per row` rule). */
	public List<Relation> rowRelations(Leaf row) {
		// asked once per candidate split of run-together digits: computed once per row
		return byRow.computeIfAbsent(row, r -> {
			List<Relation> result = new ArrayList<>();
			for (Relation relation : relations) {
				if (relation.terms().stream().allMatch(t -> t.cell().row() == r)) {
					result.add(relation);
				}
			}
			return List.copyOf(result);
		});
	}

	private final java.util.Map<Leaf, List<Relation>> byRow = new java.util.concurrent.ConcurrentHashMap<>();

	/** Whether some relation names a cell of the row (a row total, a column total over it, a rule naming it). */
	public boolean involves(Leaf row) {
		for (Relation relation : relations) {
			if (relation.terms().stream().anyMatch(t -> t.cell().row() == row)) {
				return true;
			}
		}
		return false;
	}

	private void compile() {
		for (Leaf leaf : columns) {
			if (leaf.getFormula() != null) {
				addFormula(leaf, rows, true);
			}
		}
		for (Leaf leaf : rows) {
			if (leaf.getFormula() != null) {
				addFormula(leaf, columns, false);
			}
		}
		for (Rule rule : table.getRules()) {
			boolean perRow = rule.getDirection() == Direction.ROW;
			Linear left = linear(rule.getLeft());
			Linear right = linear(rule.getRight());
			if (left == null || right == null) {
				continue;
			}
			Leaf subject = right.lastLeaf() != null ? right.lastLeaf() : left.lastLeaf();
			if (subject == null) {
				continue;
			}
			Linear combined = left.plus(right, BigDecimal.ONE.negate());
			String text = sourceText(rule);
			for (Leaf other : perRow ? rows : columns) {
				add(combined, subject, other, perRow, rule, name(subject), text);
			}
		}
	}

	/** `leaf = expr` in every row (column formulas) or column (row formulas). */
	private void addFormula(Leaf leaf, List<Leaf> across, boolean columnFormula) {
		Linear expr = linear(leaf.getFormula());
		if (expr == null) {
			return;
		}
		Linear self = new Linear();
		self.add(leaf, BigDecimal.ONE);
		Linear combined = self.plus(expr, BigDecimal.ONE.negate());
		String text = name(leaf) + " = " + sourceText(leaf.getFormula());
		for (Leaf other : across) {
			add(combined, leaf, other, columnFormula, leaf, name(leaf), text);
		}
	}

	/**
	 * Instantiates a relation over leaves of one tree at one leaf of the other tree. `inRow`: the
	 * relation's leaves are columns and `other` is the row.
	 */
	private void add(Linear linear, Leaf subject, Leaf other, boolean inRow, EObject source, String name,
			String text) {
		List<Relation.Term> terms = new ArrayList<>();
		int subjectIndex = -1;
		for (Map.Entry<Leaf, BigDecimal> e : linear.terms.entrySet()) {
			if (e.getValue().signum() == 0) {
				continue;
			}
			if (e.getKey() == subject) {
				subjectIndex = terms.size();
			}
			CellKey cell = inRow ? new CellKey(other, e.getKey()) : new CellKey(e.getKey(), other);
			terms.add(new Relation.Term(cell, e.getValue()));
		}
		if (subjectIndex < 0) {
			// the subject cancelled out: nothing to derive
			return;
		}
		relations.add(new Relation(table, List.copyOf(terms), linear.constant, subjectIndex, source, name, text));
	}

	private String name(Leaf leaf) {
		return names.computeIfAbsent(leaf, Tables::shortestName);
	}

	private static String sourceText(EObject o) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	/** A linear combination of leaves of one tree plus a constant; null when a reference is unresolved. */
	private static Linear linear(Expression e) {
		if (e instanceof Binary b) {
			Linear l = linear(b.getLeft());
			Linear r = linear(b.getRight());
			if (l == null || r == null) {
				return null;
			}
			return l.plus(r, "-".equals(b.getOp()) ? BigDecimal.ONE.negate() : BigDecimal.ONE);
		}
		if (e instanceof NumberLiteral n) {
			Linear l = new Linear();
			l.constant = n.getValue() == null ? BigDecimal.ZERO : n.getValue();
			return l;
		}
		if (e instanceof NodeRef ref) {
			Node node = ref.getNode();
			if (node == null || node.eIsProxy()) {
				return null;
			}
			Linear l = new Linear();
			if (node instanceof Leaf leaf) {
				l.add(leaf, BigDecimal.ONE);
			} else {
				// A group named directly stands for the sum of its components.
				for (Leaf leaf : components((Group) node, Set.of())) {
					l.add(leaf, BigDecimal.ONE);
				}
			}
			return l;
		}
		if (e instanceof Sum s) {
			Node group = s.getGroup();
			if (group == null || group.eIsProxy()) {
				return null;
			}
			Set<Leaf> excluded = new LinkedHashSet<>();
			for (Node x : s.getExcluded()) {
				if (x == null || x.eIsProxy()) {
					return null;
				}
				excluded.addAll(Tables.leaves(x));
			}
			Linear l = new Linear();
			for (Leaf leaf : components(group, excluded)) {
				l.add(leaf, BigDecimal.ONE);
			}
			return l;
		}
		return null;
	}

	/** Every non-derived leaf under a node, less the excluded ones. */
	static List<Leaf> components(Node node, Set<Leaf> excluded) {
		List<Leaf> result = new ArrayList<>();
		for (Leaf leaf : Tables.leaves(node)) {
			if (!Tables.isDerived(leaf) && !excluded.contains(leaf)) {
				result.add(leaf);
			}
		}
		return result;
	}

	private static final class Linear {
		final Map<Leaf, BigDecimal> terms = new LinkedHashMap<>();
		BigDecimal constant = BigDecimal.ZERO;
		Leaf last;

		void add(Leaf leaf, BigDecimal coefficient) {
			terms.merge(leaf, coefficient, BigDecimal::add);
			last = leaf;
		}

		Leaf lastLeaf() {
			return last;
		}

		Linear plus(Linear other, BigDecimal factor) {
			Linear l = new Linear();
			terms.forEach(l::add);
			other.terms.forEach((leaf, c) -> l.add(leaf, c.multiply(factor)));
			l.constant = constant.add(other.constant.multiply(factor));
			l.last = other.last != null ? other.last : last;
			return l;
		}
	}
}
