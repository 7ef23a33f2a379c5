package org.nianbao.generator.model;

import java.math.BigDecimal;

import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;

import com.google.inject.Inject;

/**
 * Values from the runtime's {@link Arithmetic} service (what `auto` cells come to under the
 * template's formulas and rules) and its {@link NarrativeExpressions} (the numbers the prose
 * states). Each report is evaluated once, when its first value is asked for.
 */
public class ArithmeticComputer implements CellComputer {

	private final Arithmetic arithmetic;
	private final NarrativeExpressions expressions;
	private Report evaluated;
	private ReportResult result;

	@Inject
	public ArithmeticComputer(Arithmetic arithmetic, NarrativeExpressions expressions) {
		this.arithmetic = arithmetic;
		this.expressions = expressions;
	}

	/** The evaluation of a report (cached for the last report asked about). */
	public synchronized ReportResult result(Report report) {
		if (report != evaluated) {
			result = arithmetic.evaluate(report);
			evaluated = report;
		}
		return result;
	}

	@Override
	public BigDecimal cell(Report report, TableDef table, Leaf row, Leaf column) {
		TableResult t = result(report).table(table);
		return t == null ? null : t.value(row, column);
	}

	@Override
	public String narrative(Report report, String text) {
		return text == null ? "" : expressions.render(text, result(report));
	}
}
