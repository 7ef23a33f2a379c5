package org.nianbao.arithmetic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;

/** The evaluation of every table a report fills in, in template order. */
public final class ReportResult {
	private final Report report;
	private final Map<TableDef, TableResult> tables = new LinkedHashMap<>();

	ReportResult(Report report) {
		this.report = report;
	}

	void put(TableDef def, TableResult result) {
		tables.put(def, result);
	}

	public Report report() {
		return report;
	}

	public Collection<TableResult> tables() {
		return Collections.unmodifiableCollection(tables.values());
	}

	/** The result for a template table, or null when the report does not fill it in. */
	public TableResult table(TableDef def) {
		return tables.get(def);
	}

	/** By the table's name in the template (`申请`, `复议诉讼`); null when absent. */
	public TableResult table(String name) {
		for (Map.Entry<TableDef, TableResult> e : tables.entrySet()) {
			if (name.equals(e.getKey().getName())) {
				return e.getValue();
			}
		}
		return null;
	}

	/** Every violation of every table. */
	public List<Violation> violations() {
		List<Violation> all = new ArrayList<>();
		for (TableResult t : tables.values()) {
			all.addAll(t.violations());
		}
		return all;
	}

	/** The table result a cell token belongs to, or null. */
	public TableResult tableOf(Cell token) {
		TableData data = EcoreUtil2.getContainerOfType(token, TableData.class);
		return data == null ? null : tables.get(data.getTable());
	}

	/** The hover text for a cell token (see {@link TableResult#explain}); null when not in a known cell. */
	public String explain(Cell token) {
		TableResult t = tableOf(token);
		CellKey key = t == null ? null : t.cellOf(token);
		return key == null ? null : t.explain(key);
	}
}
