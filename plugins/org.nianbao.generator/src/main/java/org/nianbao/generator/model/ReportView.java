package org.nianbao.generator.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.AutoCell;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.UnreadableCell;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.SectionContent;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;
import org.nianbao.validation.Finding;

/**
 * A validated report arranged for publishing: every template section in the template's order, the
 * report's paragraphs and tables in the report's order, each table with its official header layout
 * and a value for every cell. HTML, DOCX, JSON and CSV are all written from this one view, so they
 * cannot disagree.
 */
public final class ReportView {

	/** A block of a section: a narrative paragraph or a table. */
	public sealed interface Block permits ParagraphView, TableView {
	}

	/**
	 * A paragraph of narrative text with its expressions replaced by their values.
	 *
	 * @param lead the leading level-2 heading (e.g. "（一）主动公开情况。") printed in 楷体, or "" when none
	 * @param body the rest of the paragraph
	 */
	public record ParagraphView(String lead, String body) implements Block {
		public String text() {
			return lead + body;
		}

		/** The whole paragraph is a heading (nothing follows the lead). */
		public boolean isHeading() {
			return !lead.isEmpty() && body.isBlank();
		}
	}

	public record TableView(TableDef def, HeaderLayout layout, CellValue[][] cells) implements Block {
		public CellValue cell(int row, int column) {
			return cells[row][column];
		}

		public List<Leaf> rows() {
			return layout.rows();
		}

		public List<Leaf> columns() {
			return layout.columns();
		}
	}

	public record SectionView(SectionDef def, String heading, List<Block> blocks) {
	}

	private final Report report;
	private final Template template;
	private final String sourceName;
	private final List<Finding> errors;
	private final List<SectionView> sections = new ArrayList<>();

	private ReportView(Report report, String sourceName, List<Finding> errors, CellComputer computer) {
		this.report = report;
		this.template = Tables.template(report);
		this.sourceName = sourceName;
		this.errors = List.copyOf(errors);
		if (template == null) {
			return;
		}
		for (SectionDef def : template.getSections()) {
			List<Block> blocks = new ArrayList<>();
			Set<TableDef> shown = new LinkedHashSet<>();
			SectionData data = Tables.sectionData(report, def);
			if (data != null) {
				for (SectionContent c : data.getContents()) {
					if (c instanceof Paragraph p) {
						for (String text : Narrative.paragraphs(computer.narrative(report, p.getText()))) {
							blocks.add(Narrative.split(text));
						}
					} else if (c instanceof TableData t && t.getTable() != null && !t.getTable().eIsProxy()
							&& shown.add(t.getTable())) {
						blocks.add(table(t.getTable(), t, computer));
					}
				}
			}
			// The official format prints every table of the template, even those the report left out.
			for (TableDef t : def.getTables()) {
				if (!shown.contains(t)) {
					blocks.add(table(t, null, computer));
				}
			}
			sections.add(new SectionView(def, def.getHeading(), blocks));
		}
	}

	/**
	 * Builds the view of a report that has been validated.
	 *
	 * @param sourceName the input file's name, for messages and exports
	 * @param errors     the validation errors (empty unless the user forces publication)
	 */
	public static ReportView of(Report report, String sourceName, List<Finding> errors, CellComputer computer) {
		return new ReportView(report, sourceName, errors, computer);
	}

	private TableView table(TableDef def, TableData data, CellComputer computer) {
		Map<Leaf, RowData> byRow = new HashMap<>();
		Map<Group, RowData> totals = new HashMap<>();
		if (data != null) {
			for (RowData r : data.getRows()) {
				if (r.getRow() != null && !r.getRow().eIsProxy()) {
					byRow.putIfAbsent(r.getRow(), r);
				} else if (r.isTotal() && r.getGroup() != null && !r.getGroup().eIsProxy()) {
					totals.putIfAbsent(r.getGroup(), r);
				}
			}
		}
		// a group printed as one row of totals (none of its rows written) is laid out as that row
		Set<Group> collapsed = new HashSet<>();
		totals.forEach((g, r) -> {
			if (Tables.leaves(g).stream().noneMatch(byRow::containsKey)) {
				collapsed.add(g);
			}
		});
		HeaderLayout layout = HeaderLayout.of(def, collapsed);
		List<Leaf> rows = layout.rows();
		List<Leaf> columns = layout.columns();
		CellValue[][] cells = new CellValue[rows.size()][columns.size()];
		for (int i = 0; i < rows.size(); i++) {
			boolean groupRow = layout.rowNode(i) instanceof Group;
			RowData r = groupRow ? totals.get((Group) layout.rowNode(i)) : byRow.get(rows.get(i));
			for (int j = 0; j < columns.size(); j++) {
				Cell cell = r != null && j < r.getCells().size() ? r.getCells().get(j) : null;
				// an `auto` in a row of totals has no cell of its own to compute
				cells[i][j] = groupRow && cell instanceof AutoCell ? CellValue.MISSING_CELL
						: value(cell, def, rows.get(i), columns.get(j), computer);
			}
		}
		return new TableView(def, layout, cells);
	}

	private CellValue value(Cell cell, TableDef table, Leaf row, Leaf column, CellComputer computer) {
		if (cell instanceof NumberCell n) {
			return new CellValue(CellValue.Kind.NUMBER, n.getValue(), n.getNote(), false);
		}
		if (cell instanceof BlankCell b) {
			return new CellValue(CellValue.Kind.BLANK, null, b.getNote(), false);
		}
		if (cell instanceof UnreadableCell u) {
			return new CellValue(CellValue.Kind.UNREADABLE, null, u.getNote(), false);
		}
		if (cell instanceof AutoCell) {
			return new CellValue(CellValue.Kind.AUTO, computer.cell(report, table, row, column), null, true);
		}
		return CellValue.MISSING_CELL;
	}

	public Report report() {
		return report;
	}

	public Template template() {
		return template;
	}

	public String templateName() {
		return template == null ? "" : template.getName();
	}

	public String reportName() {
		return report.getName();
	}

	public String sourceName() {
		return sourceName;
	}

	/** The title as written, or one made from organ and year the way the seeds title theirs. */
	public String title() {
		if (report.getTitle() != null && !report.getTitle().isBlank()) {
			return report.getTitle();
		}
		String organ = report.getOrgan() == null ? "" : report.getOrgan();
		String year = report.getYear() == null ? "" : report.getYear().toPlainString() + "年";
		return organ + year + "政府信息公开工作年度报告";
	}

	public String organ() {
		return report.getOrgan() == null ? "" : report.getOrgan();
	}

	/** The publish date as written (ISO in the examples), or "". */
	public String date() {
		return report.getDate() == null ? "" : report.getDate();
	}

	/** The publish date the way Chinese official documents print it: 2025年1月16日. */
	public String chineseDate() {
		return chineseDate(date());
	}

	/**
	 * The 版记 of GB/T 9704 7.4, when the report gives 抄送, 印发机关 or 印发日期: the 抄送 line (empty when
	 * none), the printing organ and the printing date as printed (2025年1月16日), each "" when not given.
	 */
	public record Imprint(String copyTo, String printer, String printDate) {
		/** "抄送：" and the organs, ending with the 句号 the format asks for; "" without 抄送. */
		public String copyLine() {
			if (copyTo.isBlank()) {
				return "";
			}
			String organs = copyTo.strip();
			return COPY_TO + organs + (organs.endsWith("。") ? "" : "。");
		}

		/** The date with 印发 after it, as 7.4.3 prints it; "" without a date. */
		public String printedOn() {
			return printDate.isBlank() ? "" : printDate + PRINTED;
		}
	}

	public static final String COPY_TO = "抄送：", PRINTED = "印发";

	public Optional<Imprint> imprint() {
		if (report.getCopyTo() == null && report.getPrinter() == null && report.getPrintDate() == null) {
			return Optional.empty();
		}
		return Optional.of(new Imprint(report.getCopyTo() == null ? "" : report.getCopyTo(),
				report.getPrinter() == null ? "" : report.getPrinter().strip(),
				report.getPrintDate() == null ? "" : chineseDate(report.getPrintDate().strip())));
	}

	private static String chineseDate(String d) {
		try {
			LocalDate ld = LocalDate.parse(d);
			return ld.getYear() + "年" + ld.getMonthValue() + "月" + ld.getDayOfMonth() + "日";
		} catch (DateTimeParseException e) {
			return d;
		}
	}

	public List<Finding> errors() {
		return errors;
	}

	/** The errors located on one data cell (arithmetic errors name table, row and column paths). */
	public List<Finding> errorsOn(TableView t, int row, int column) {
		if (errors.isEmpty()) {
			return List.of();
		}
		String table = t.def().getName(), rowPath = Tables.pathString(t.rows().get(row)),
				columnPath = Tables.pathString(t.columns().get(column));
		return errors.stream().filter(f -> f.hasCell() && table.equals(f.table()) && rowPath.equals(f.row())
				&& columnPath.equals(f.col())).toList();
	}

	public List<SectionView> sections() {
		return sections;
	}

	public List<TableView> tables() {
		List<TableView> result = new ArrayList<>();
		for (SectionView s : sections) {
			for (Block b : s.blocks()) {
				if (b instanceof TableView t) {
					result.add(t);
				}
			}
		}
		return result;
	}
}
