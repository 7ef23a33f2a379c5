package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.nianbao.TableDef;

/**
 * One linear relation over the cells of a table, instantiated from a template formula or rule:
 * {@code Σ coefficient·cell + constant = 0}. {@link #subject()} is the term the relation is solved
 * for in messages: the derived cell of a formula, the last cell on the right of a rule.
 *
 * @param source the template's Leaf (formula) or Rule this relation comes from
 * @param name   what the relation derives, for messages (the derived leaf's name, or the subject's)
 * @param text   the template's text of the formula or rule, for hovers
 */
public record Relation(TableDef table, List<Term> terms, BigDecimal constant, int subject, EObject source,
		String name, String text) {

	/** One cell with its coefficient. */
	public record Term(CellKey cell, BigDecimal coefficient) {
	}

	public CellKey subjectCell() {
		return terms.get(subject).cell();
	}

	public boolean involves(CellKey cell) {
		return coefficientOf(cell) != null;
	}

	public BigDecimal coefficientOf(CellKey cell) {
		for (Term t : terms) {
			if (t.cell().equals(cell)) {
				return t.coefficient();
			}
		}
		return null;
	}

	public boolean isDecimal() {
		return terms.stream().anyMatch(t -> t.cell().isDecimal());
	}

	/** Σ coefficient·value + constant, or null when a value is unknown. */
	public BigDecimal residual(Function<CellKey, BigDecimal> values) {
		BigDecimal sum = constant;
		for (Term t : terms) {
			BigDecimal v = values.apply(t.cell());
			if (v == null) {
				return null;
			}
			sum = sum.add(t.coefficient().multiply(v));
		}
		return sum;
	}

	/** The value the given cell must have for the relation to hold, the others as they are (null if unknown). */
	public BigDecimal solveFor(CellKey cell, Function<CellKey, BigDecimal> values) {
		BigDecimal coefficient = coefficientOf(cell);
		BigDecimal sum = constant;
		for (Term t : terms) {
			if (t.cell().equals(cell)) {
				continue;
			}
			BigDecimal v = values.apply(t.cell());
			if (v == null) {
				return null;
			}
			sum = sum.add(t.coefficient().multiply(v));
		}
		return divide(sum.negate(), coefficient);
	}

	static BigDecimal divide(BigDecimal a, BigDecimal b) {
		if (b.compareTo(BigDecimal.ONE) == 0) {
			return a;
		}
		if (b.compareTo(BigDecimal.ONE.negate()) == 0) {
			return a.negate();
		}
		try {
			return a.divide(b);
		} catch (ArithmeticException e) {
			return a.divide(b, MathContext.DECIMAL64);
		}
	}

	/**
	 * The right-hand side of "cell = …" with the values, e.g. {@code 24 + 2 + 0 − 1}: the derivation
	 * that messages print after the expected value.
	 */
	public String derivation(CellKey cell, Function<CellKey, BigDecimal> values) {
		return render(cell, t -> {
			BigDecimal v = values.apply(t);
			return v == null ? "?" : Numbers.format(v);
		});
	}

	/** The same with the cells' names instead of values, e.g. {@code 自然人 + 商业企业 + …}. */
	public String symbolic(CellKey cell) {
		return render(cell, t -> t.row().equals(cell.row()) ? shortName(t.column())
				: t.column().equals(cell.column()) ? shortName(t.row()) : t.display());
	}

	private static String shortName(org.nianbao.nianbao.Leaf leaf) {
		return org.nianbao.model.Tables.shortestName(leaf);
	}

	private String render(CellKey cell, Function<CellKey, String> show) {
		BigDecimal own = coefficientOf(cell);
		StringBuilder sb = new StringBuilder();
		// added terms first, then the subtracted ones: "23 + 2 − 24" reads better than "−24 + 23 + 2"
		for (boolean added : new boolean[] { true, false }) {
			for (Term t : terms) {
				BigDecimal factor = divide(t.coefficient().negate(), own);
				if (t.cell().equals(cell) || factor.signum() > 0 != added) {
					continue;
				}
				appendTerm(sb, factor, show.apply(t.cell()));
			}
		}
		if (constant.signum() != 0) {
			appendTerm(sb, divide(constant.negate(), own), null);
		}
		return sb.length() == 0 ? "0" : sb.toString();
	}

	private static void appendTerm(StringBuilder sb, BigDecimal factor, String shown) {
		boolean negative = factor.signum() < 0;
		BigDecimal magnitude = factor.abs();
		if (sb.length() == 0) {
			if (negative) {
				sb.append("−");
			}
		} else {
			sb.append(negative ? " − " : " + ");
		}
		if (shown == null) {
			sb.append(Numbers.format(magnitude));
		} else if (magnitude.compareTo(BigDecimal.ONE) == 0) {
			sb.append(shown);
		} else {
			sb.append(Numbers.format(magnitude)).append("×").append(shown);
		}
	}
}
