package org.nianbao.tests.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;

import com.google.inject.Inject;

/**
 * Seeded random 2021 matrices (section 三) built to satisfy every relation: they validate clean,
 * both as report text and as values; every single-cell perturbation is caught and blamed on the
 * perturbed cell with its original value (in this matrix every cell takes part in two or more
 * relations, so each is localised).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class ArithmeticPropertyTest {

	private static final int MATRICES = 40;

	@Inject
	Arithmetic arithmetic;

	@Inject
	Reports reports;

	/**
	 * The importer's yes/no questions (a candidate row holds; a candidate table breaks nothing) skip
	 * the explaining; their answers must be the full evaluation's, on every table of the template,
	 * for values consistent, perturbed, partly unknown, negative and fractional.
	 */
	@Test
	void quickAnswersAreTheFullEvaluations() {
		Report seed = reports.parse(Reports.gangkou());
		Random random = new Random(7L);
		int held = 0, failed = 0;
		for (TableDef table : Tables.allTables(Tables.template(seed))) {
			List<Leaf> rows = Tables.rowLeaves(table);
			List<Leaf> columns = Tables.columnLeaves(table);
			boolean applications = table.getName().equals("申请");
			for (int k = 0; k < 300; k++) {
				// the applications table consistent, the others random small counts (their totals mostly broken)
				long[][] matrix = applications ? consistentMatrix(random, rows, columns) : randomMatrix(random, rows, columns);
				Map<CellKey, BigDecimal> values = new LinkedHashMap<>(toValues(matrix, rows, columns));
				for (CellKey cell : List.copyOf(values.keySet())) {
					int dice = random.nextInt(40);
					if (dice == 0) {
						values.put(cell, values.get(cell).add(BigDecimal.ONE));
					} else if (dice == 1) {
						values.put(cell, null);
					} else if (dice == 2) {
						values.put(cell, values.get(cell).negate());
					} else if (dice == 3) {
						values.put(cell, values.get(cell).add(new BigDecimal("0.5")));
					}
				}
				assertEquals(arithmetic.evaluate(table, values).broken().isEmpty(), arithmetic.nothingBroken(table, values),
						() -> table.getName() + " " + values);
				for (Leaf row : rows) {
					List<BigDecimal> rowValues = columns.stream().map(c -> values.get(new CellKey(row, c))).toList();
					boolean full = arithmetic.checkRow(table, row, rowValues).isEmpty();
					assertEquals(full, arithmetic.rowSatisfies(table, row, rowValues), () -> table.getName() + " " + row.getName() + " " + rowValues);
					if (full) {
						held++;
					} else {
						failed++;
					}
				}
			}
		}
		// both answers occur often enough for the comparison to mean something
		assertTrue(held > 1000 && failed > 1000, held + " held, " + failed + " failed");
	}

	@Test
	void randomConsistentMatricesAreCleanAndEverySingleCellChangeIsLocalised() {
		Report seed = reports.parse(Reports.gangkou());
		TableDef table = Tables.findTable(Tables.template(seed), "申请");
		List<Leaf> rows = Tables.rowLeaves(table);
		List<Leaf> columns = Tables.columnLeaves(table);
		Random random = new Random(20240101L);
		int perturbations = 0;
		for (int m = 0; m < MATRICES; m++) {
			long[][] matrix = consistentMatrix(random, rows, columns);
			Map<CellKey, BigDecimal> values = toValues(matrix, rows, columns);
			assertEquals("", describe(arithmetic.evaluate(table, values).violations()), "matrix " + m);
			if (m < 3) {
				// the same matrix as report text through the parser
				Report report = reports.parse(asReport(matrix, rows));
				assertEquals("", describe(arithmetic.evaluate(report).violations()), "matrix text " + m);
			}
			for (CellKey cell : values.keySet()) {
				Map<CellKey, BigDecimal> changed = new LinkedHashMap<>(values);
				BigDecimal original = values.get(cell);
				BigDecimal delta = BigDecimal.valueOf(1 + random.nextInt(5));
				changed.put(cell, original.signum() > 0 && random.nextBoolean() ? original.subtract(BigDecimal.ONE)
						: original.add(delta));
				TableResult result = arithmetic.evaluate(table, changed);
				List<Violation> vs = result.violations();
				assertFalse(vs.isEmpty(), () -> "not caught: " + cell);
				assertEquals(1, vs.size(), () -> cell + ": " + describe(vs));
				Violation v = vs.get(0);
				assertEquals(cell, v.cell(), () -> describe(vs));
				assertEquals(Violation.Kind.CULPRIT, v.kind(), () -> describe(vs));
				assertEquals(0, original.compareTo(v.expected()), () -> cell + ": " + describe(vs));
				perturbations++;
			}
		}
		assertEquals(MATRICES * rows.size() * columns.size(), perturbations);
	}

	@Test
	void perturbedComponentsOfSectionFourAreCaughtOnTheirGroupTotal() {
		Report seed = reports.parse(Reports.gangkou());
		TableDef table = Tables.findTable(Tables.template(seed), "复议诉讼");
		Leaf row = Tables.rowLeaves(table).get(0);
		List<Leaf> columns = Tables.columnLeaves(table);
		Random random = new Random(7L);
		for (int m = 0; m < 20; m++) {
			Map<CellKey, BigDecimal> values = new LinkedHashMap<>();
			long sum = 0;
			for (Leaf c : columns) {
				long v = Tables.isDerived(c) ? sum : random.nextInt(6);
				sum = Tables.isDerived(c) ? 0 : sum + v;
				values.put(new CellKey(row, c), BigDecimal.valueOf(v));
			}
			assertEquals("", describe(arithmetic.evaluate(table, values).violations()));
			for (Leaf c : columns) {
				CellKey cell = new CellKey(row, c);
				Map<CellKey, BigDecimal> changed = new LinkedHashMap<>(values);
				changed.put(cell, values.get(cell).add(BigDecimal.ONE));
				List<Violation> vs = arithmetic.evaluate(table, changed).violations();
				assertEquals(1, vs.size(), () -> describe(vs));
				Violation v = vs.get(0);
				// one relation only: the group's total carries it
				assertEquals(Violation.Kind.MISMATCH, v.kind());
				assertEquals("总计", v.cell().column().getName());
				assertEquals(c.eContainer(), v.cell().column().eContainer());
			}
		}
	}

	/** Components random (mostly small, often zero), totals and 新收 derived so that all relations hold. */
	static long[][] consistentMatrix(Random random, List<Leaf> rows, List<Leaf> columns) {
		int r = rows.size(), c = columns.size();
		long[][] m = new long[r][c];
		int totalRow = indexOf(rows, "办理结果.总计"), newRow = indexOf(rows, "新收"), lastRow = indexOf(rows, "上年结转"),
				carryRow = indexOf(rows, "结转下年");
		for (int j = 0; j < c - 1; j++) {
			long total = 0;
			for (int i = 0; i < r; i++) {
				if (i == totalRow || i == newRow || i == lastRow || i == carryRow) {
					continue;
				}
				m[i][j] = random.nextInt(4) == 0 ? random.nextInt(30) : 0;
				total += m[i][j];
			}
			m[totalRow][j] = total;
			m[carryRow][j] = random.nextInt(4);
			m[lastRow][j] = random.nextInt((int) Math.min(total + m[carryRow][j], 5) + 1);
			m[newRow][j] = total + m[carryRow][j] - m[lastRow][j];
		}
		for (int i = 0; i < r; i++) {
			long sum = 0;
			for (int j = 0; j < c - 1; j++) {
				sum += m[i][j];
			}
			m[i][c - 1] = sum;
		}
		return m;
	}

	private static long[][] randomMatrix(Random random, List<Leaf> rows, List<Leaf> columns) {
		long[][] m = new long[rows.size()][columns.size()];
		for (long[] row : m) {
			for (int j = 0; j < row.length; j++) {
				row[j] = random.nextInt(3);
			}
		}
		return m;
	}

	private static int indexOf(List<Leaf> rows, String path) {
		for (int i = 0; i < rows.size(); i++) {
			if (Tables.pathString(rows.get(i)).equals(path)) {
				return i;
			}
		}
		throw new IllegalArgumentException(path);
	}

	static Map<CellKey, BigDecimal> toValues(long[][] m, List<Leaf> rows, List<Leaf> columns) {
		Map<CellKey, BigDecimal> values = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			for (int j = 0; j < columns.size(); j++) {
				values.put(new CellKey(rows.get(i), columns.get(j)), BigDecimal.valueOf(m[i][j]));
			}
		}
		return values;
	}

	static String asReport(long[][] m, List<Leaf> rows) {
		StringBuilder sb = new StringBuilder("report 随机 : 政府信息公开年报2021 {\n  section 依申请公开 {\n    table 申请 {\n");
		for (int i = 0; i < rows.size(); i++) {
			sb.append("      ").append(Tables.shortestName(rows.get(i)));
			for (long v : m[i]) {
				sb.append(' ').append(v);
			}
			sb.append('\n');
		}
		return sb.append("    }\n  }\n}\n").toString();
	}

	private static String describe(List<Violation> vs) {
		return vs.stream().map(v -> v.kind() + " " + v.cell() + " expected=" + v.expected() + " actual=" + v.actual())
				.collect(Collectors.joining("\n"));
	}
}
