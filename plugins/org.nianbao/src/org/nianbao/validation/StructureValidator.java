package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.Relation;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.*;

import com.google.inject.Inject;

/** NB2xx: the report has the template's sections, tables and rows, once each, and valid metadata. */
public class StructureValidator extends NianbaoChecks {

	@Check
	public void checkSections(Report report) {
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		Set<SectionDef> seen = new HashSet<>();
		for (SectionData s : report.getSections()) {
			SectionDef def = s.getSection();
			if (def == null || def.eIsProxy()) {
				continue;
			}
			if (!seen.add(def)) {
				String[] data = { def.getName() };
				error(Messages.render(IssueCodes.DUPLICATE_SECTION, data), s, P.getSectionData_Section(),
						IssueCodes.DUPLICATE_SECTION, data);
				continue;
			}
			Set<TableDef> tables = new HashSet<>();
			for (TableData t : EcoreUtil2.typeSelect(s.getContents(), TableData.class)) {
				if (t.getTable() != null && !t.getTable().eIsProxy() && !tables.add(t.getTable())) {
					String[] data = { t.getTable().getName() };
					error(Messages.render(IssueCodes.DUPLICATE_TABLE, data), t, P.getTableData_Table(),
							IssueCodes.DUPLICATE_TABLE, data);
				}
			}
			for (TableDef def2 : def.getTables()) {
				if (!tables.contains(def2)) {
					String[] data = { def2.getName(), def2.getCaption(), def.getName() };
					error(Messages.render(IssueCodes.MISSING_TABLE, data), s, P.getSectionData_Section(),
							IssueCodes.MISSING_TABLE, data);
				}
			}
		}
		for (SectionDef def : template.getSections()) {
			if (!seen.contains(def)) {
				String[] data = { def.getName(), def.getHeading() };
				error(Messages.render(IssueCodes.MISSING_SECTION, data), report, P.getTopLevel_Name(),
						IssueCodes.MISSING_SECTION, data);
			}
		}
	}

	@Check
	public void checkRows(TableData table) {
		TableDef def = table.getTable();
		if (def == null || def.eIsProxy()) {
			return;
		}
		List<Leaf> columns = Tables.columnLeaves(def);
		Set<Leaf> seen = new HashSet<>();
		Set<Leaf> covered = new HashSet<>();
		Set<Group> totalled = new java.util.LinkedHashSet<>();
		for (RowData row : table.getRows()) {
			Node node = row.isTotal() ? row.getGroup() : row.getRow();
			if (node == null || node.eIsProxy()) {
				continue;
			}
			EStructuralFeature key = row.isTotal() ? P.getRowData_Group() : P.getRowData_Row();
			String rowName = Tables.shortestName(node);
			if (node instanceof Group group) {
				if (!totalled.add(group)) {
					String[] data = { def.getName(), rowName };
					error(Messages.render(IssueCodes.DUPLICATE_GROUP_TOTAL, data), row, key,
							IssueCodes.DUPLICATE_GROUP_TOTAL, data);
				}
				covered.addAll(Tables.leaves(group));
			} else if (!seen.add((Leaf) node)) {
				String[] data = { def.getName(), rowName };
				error(Messages.render(IssueCodes.DUPLICATE_ROW, data), row, key, IssueCodes.DUPLICATE_ROW,
						data);
			}
			int n = row.getCells().size();
			if (n < columns.size()) {
				String[] data = { def.getName(), rowName, String.valueOf(columns.size()), String.valueOf(n) };
				error(Messages.render(IssueCodes.TOO_FEW_CELLS, data), row, key,
						IssueCodes.TOO_FEW_CELLS, data);
			} else if (n > columns.size()) {
				String[] data = { def.getName(), rowName, String.valueOf(columns.size()),
						String.valueOf(n - columns.size()) };
				error(Messages.render(IssueCodes.TOO_MANY_CELLS, data), row.getCells().get(columns.size()), null,
						IssueCodes.TOO_MANY_CELLS, data);
			}
			String label = node instanceof Group g ? g.getLabel() : ((Leaf) node).getLabel();
			if (row.getLabel() != null && !sameLabel(row.getLabel(), label)) {
				String[] data = { def.getName(), rowName, label, row.getLabel() };
				warning(Messages.render(IssueCodes.LABEL_MISMATCH, data), row, P.getRowData_Label(),
						IssueCodes.LABEL_MISMATCH, data);
			}
		}
		for (Group group : totalled) {
			boolean rowsToo = Tables.leaves(group).stream().anyMatch(seen::contains);
			if (!rowsToo) {
				String[] data = { def.getName(), Tables.shortestName(group), group.getLabel() };
				RowData row = table.getRows().stream().filter(r -> r.getGroup() == group).findFirst().orElseThrow();
				warning(Messages.render(IssueCodes.GROUP_AS_TOTAL, data), row, P.getRowData_Group(),
						IssueCodes.GROUP_AS_TOTAL, data);
			}
		}
		for (Leaf leaf : Tables.rowLeaves(def)) {
			if (!seen.contains(leaf) && !covered.contains(leaf)) {
				String[] data = { def.getName(), Tables.shortestName(leaf), leaf.getLabel() };
				error(Messages.render(IssueCodes.MISSING_ROW, data), table, P.getTableData_Table(),
						IssueCodes.MISSING_ROW, data);
			}
		}
	}

	/** Labels compare without spaces and with half- and full-width punctuation unified. */
	static boolean sameLabel(String a, String b) {
		return normalizeLabel(a).equals(normalizeLabel(b));
	}

	static String normalizeLabel(String s) {
		return s.replaceAll("[\\s\\u3000]", "").replace('(', '（').replace(')', '）').replace('．', '.')
				.replace('、', '.').replaceAll("[\"“”'‘’]", "").replace(',', '，');
	}

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final Pattern CN_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	@Check
	public void checkMetadata(Report report) {
		Integer year = null;
		if (report.getYear() != null) {
			BigDecimal y = report.getYear();
			String shown = y.toPlainString();
			int latest = Year.now().getValue() + 1;
			String reason = null;
			if (!Numbers.isInteger(y)) {
				reason = "@year.integer";
			} else if (y.intValue() < 2008 || y.intValue() > latest) {
				// 《政府信息公开条例》 took effect in 2008: no earlier annual reports exist
				reason = "@year.range:" + latest;
			} else {
				year = y.intValue();
			}
			if (reason != null) {
				String[] data = { shown, reason };
				error(Messages.render(IssueCodes.BAD_YEAR, data), report, P.getReport_Year(), IssueCodes.BAD_YEAR, data);
			}
		}
		String date = report.getDate();
		if (date != null) {
			String reason = null;
			Matcher m = ISO_DATE.matcher(date.strip());
			Matcher c = CN_DATE.matcher(date.strip());
			Matcher found = m.matches() ? m : c.matches() ? c : null;
			if (found == null) {
				reason = "@date.format";
			} else {
				try {
					LocalDate d = LocalDate.of(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)),
							Integer.parseInt(found.group(3)));
					if (year != null && d.getYear() < year) {
						reason = "@date.beforeYear:" + year;
					}
				} catch (DateTimeException e) {
					reason = "@date.invalid";
				}
			}
			if (reason != null) {
				String[] data = { date, reason };
				error(Messages.render(IssueCodes.BAD_DATE, data), report, P.getReport_Date(), IssueCodes.BAD_DATE, data);
			}
		}
	}

}
