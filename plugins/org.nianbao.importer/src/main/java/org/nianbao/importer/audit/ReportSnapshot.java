package org.nianbao.importer.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the summary keeps of one validated report beyond its counts: the template's key figures,
 * the narrative per section (for the similarity to last year's) and the tables' cells (for the
 * dashboard's page of the report, the cell of a finding marked).
 *
 * @param figures       the key figures in the template's order (name → value, null when undetermined)
 * @param labels        the key figures' labels (name → label)
 * @param sections      the narrative per section name, in the template's order
 * @param repeatSection the section the template holds to differ from last year's ({@code distinct}), or null
 * @param repeatHeading its heading
 * @param tables        the tables in the template's order
 */
public record ReportSnapshot(Map<String, BigDecimal> figures, Map<String, String> labels, Map<String, String> sections,
		String repeatSection, String repeatHeading, List<Table> tables) {

	/**
	 * One table: row and column keys (paths in the template's trees, as in a finding's cell
	 * {@code 表.行.列}), their labels, and the cells as printed ("" for a blank).
	 */
	public record Table(String name, String caption, List<String> rowKeys, List<String> rowLabels,
			List<String> columnKeys, List<String> columnLabels, String[][] cells) {
	}

	/** The whole narrative, the sections one after the other. */
	public String text() {
		return String.join("\n", sections.values());
	}
}
