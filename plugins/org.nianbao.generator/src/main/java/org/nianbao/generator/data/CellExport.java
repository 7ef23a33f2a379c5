package org.nianbao.generator.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Every cell of a report as one record, for spreadsheets and pandas: the same columns in JSON
 * ({@code pd.DataFrame(json.load(f)["cells"])}) and CSV ({@code pd.read_csv(f)}).
 */
public final class CellExport {

	/** The record's fields, in CSV column order. Row and column keys are paths in the template's trees. */
	public static final List<String> FIELDS = List.of("template", "report", "table", "row_key", "row_label",
			"column_key", "column_label", "value", "note", "kind");

	/** One cell; value null when blank, missing or not computable; kind number|blank|auto|missing. */
	public record CellRecord(String template, String report, String table, String rowKey, String rowLabel,
			String columnKey, String columnLabel, BigDecimal value, String note, String kind) {

		List<Object> values() {
			List<Object> v = new ArrayList<>();
			v.add(template);
			v.add(report);
			v.add(table);
			v.add(rowKey);
			v.add(rowLabel);
			v.add(columnKey);
			v.add(columnLabel);
			v.add(value);
			v.add(note);
			v.add(kind);
			return v;
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

	private CellExport() {
	}

	public static List<CellRecord> records(ReportView view) {
		List<CellRecord> result = new ArrayList<>();
		for (TableView t : view.tables()) {
			List<Leaf> rows = t.rows();
			List<Leaf> columns = t.columns();
			for (int i = 0; i < rows.size(); i++) {
				for (int j = 0; j < columns.size(); j++) {
					CellValue c = t.cell(i, j);
					// a group printed as one row of totals is exported under the group's key and label
					org.nianbao.nianbao.Node row = t.layout().rowNode(i);
					String rowLabel = row instanceof org.nianbao.nianbao.Group g ? g.getLabel() : rows.get(i).getLabel();
					result.add(new CellRecord(view.templateName(), view.reportName(), t.def().getName(),
							Tables.pathString(row), rowLabel, Tables.pathString(columns.get(j)),
							columns.get(j).getLabel(), c.value(), c.note(), c.kind().id()));
				}
			}
		}
		return result;
	}

	/** The report's metadata and its cells as one JSON document. */
	public static String json(ReportView view) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("template", view.templateName());
		doc.put("report", view.reportName());
		doc.put("title", view.title());
		doc.put("organ", view.organ());
		doc.put("year", view.report().getYear());
		doc.put("published", view.date());
		doc.put("source", view.sourceName());
		doc.put("errors", view.errors().size());
		List<Map<String, Object>> cells = new ArrayList<>();
		for (CellRecord r : records(view)) {
			Map<String, Object> m = new LinkedHashMap<>();
			List<Object> values = r.values();
			for (int k = 0; k < FIELDS.size(); k++) {
				m.put(FIELDS.get(k), values.get(k));
			}
			cells.add(m);
		}
		doc.put("cells", cells);
		try {
			return JSON.writeValueAsString(doc) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * RFC 4180 CSV with a header line, CRLF line ends and a UTF-8 byte order mark, so that Excel
	 * opens the Chinese text correctly (pandas skips the mark).
	 */
	public static String csv(ReportView view) {
		StringBuilder sb = new StringBuilder("\uFEFF");
		sb.append(String.join(",", FIELDS)).append("\r\n");
		for (CellRecord r : records(view)) {
			List<Object> values = r.values();
			for (int k = 0; k < values.size(); k++) {
				if (k > 0) {
					sb.append(',');
				}
				Object v = values.get(k);
				sb.append(csvField(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
			}
			sb.append("\r\n");
		}
		return sb.toString();
	}

	static String csvField(String s) {
		boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
		// A leading =, +, - or @ would make a spreadsheet evaluate the note as a formula.
		boolean formula = !s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0;
		if (formula) {
			s = "'" + s;
		}
		return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
	}
}
