package org.nianbao.generator.model;

import java.math.BigDecimal;

import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;

/**
 * Values from the runtime's {@link Arithmetic} service: what `auto` cells come to under the
 * template's formulas and rules. Each report is evaluated once, when its first cell is asked for.
 */
public class ArithmeticComputer implements CellComputer {

	private final Arithmetic arithmetic;
	private Report evaluated;
	private ReportResult result;

	public ArithmeticComputer(Arithmetic arithmetic) {
		this.arithmetic = arithmetic;
	}

	public ArithmeticComputer() {
		this(new Arithmetic());
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
}
