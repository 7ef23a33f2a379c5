package org.nianbao.importer.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dashboard's data as one JSON document: the reports (with the published text as imported and
 * their tables), the findings (with their place in that text, their cell, fingerprint, origin,
 * baseline state and the reviewer's status and reason so far), the findings gone, the roster and the
 * years side by side. The page's script renders everything from it; nothing else is fetched.
 */
final class DashboardData {
	private DashboardData() {
	}

	/**
	 * The audit documents' mapper: a tree written into a document being streamed is not flushed to the
	 * file after each value (Jackson's default: a write to the file per report and finding, the file's
	 * buffer unused).
	 */
	static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

	static String json(AuditSummary s, String title) {
		var out = new java.io.StringWriter();
		try {
			write(s, title, out);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	/**
	 * Writes the document to {@code out} a report and a finding at a time, each report's text read when
	 * it is written: the whole of it, for 10,000 reports, is 170 MB, and held as one tree and string it
	 * took gigabytes.
	 */
	static void write(AuditSummary s, String title, java.io.Writer out) throws IOException {
		try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
			g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			g.writeStartObject();
			g.writeStringField("title", title);
			g.writeBooleanField("hasBaseline", s.baseline != null);
			PublishedText published = new PublishedText();
			Map<String, Integer> reportIndex = new HashMap<>();
			g.writeArrayFieldStart("reports");
			int index = 0;
			for (AuditSummary.Entry e : s.reports) {
				reportIndex.putIfAbsent(e.input(), index++);
				ObjectNode r = MAPPER.createObjectNode();
				AuditWriters.report(r, e);
				r.set("pages", pages(e.input(), published));
				if (e.snapshot() != null) {
					r.set("tables", tables(e.snapshot()));
				}
				g.writeTree(r);
			}
			g.writeEndArray();
			g.writeArrayFieldStart("findings");
			for (AuditSummary.Item f : s.findings) {
				ObjectNode o = MAPPER.createObjectNode();
				Integer at = reportIndex.get(f.reportInput());
				if (at == null) {
					o.putNull("report");
				} else {
					o.put("report", at);
				}
				AuditWriters.finding(o, f);
				o.put("baseline", s.baselineState(f));
				Baseline.Entry decided = s.baseline == null ? null : s.baseline.entry(f.fingerprint());
				o.put("status", decided == null ? Baseline.OPEN : decided.status());
				o.put("reason", decided == null ? null : decided.reason());
				// where the text shown is: the published file's page and line, or the report's own line
				if (f.source() != null) {
					o.put("page", f.source().page());
					o.put("textLine", f.source().line());
					o.put("textColumn", f.source().column());
					o.put("quote", published.line(f.source().file(), f.source().page(), f.source().line()));
				} else if (f.input().equals(f.file())) {
					o.put("page", 1);
					o.put("textLine", f.line());
					o.put("textColumn", f.column());
				}
				g.writeTree(o);
			}
			g.writeEndArray();
			ObjectNode rest = MAPPER.createObjectNode();
			AuditWriters.fixedAndRoster(rest, s, MAPPER);
			rest.set("years", years(YearsSideBySide.of(s)));
			AuditWriters.writeFields(g, rest);
			g.writeEndObject();
		}
	}

	/** The text shown for a report: the published file's pages as read, or the report's source. */
	private static ArrayNode pages(String input, PublishedText published) {
		ArrayNode pages = MAPPER.createArrayNode();
		String[][] read = published.pages(input);
		if (read.length == 0 && input.endsWith(".nianbao")) {
			try {
				read = new String[][] { Files.readString(Path.of(input)).split("\r\n|\r|\n", -1) };
			} catch (IOException | RuntimeException e) {
				read = new String[0][];
			}
		}
		for (String[] page : read) {
			ArrayNode lines = pages.addArray();
			for (String line : page) {
				lines.add(line);
			}
		}
		return pages;
	}

	private static ArrayNode tables(ReportSnapshot snapshot) {
		ArrayNode tables = MAPPER.createArrayNode();
		for (ReportSnapshot.Table t : snapshot.tables()) {
			ObjectNode o = tables.addObject();
			o.put("name", t.name());
			o.put("caption", t.caption());
			strings(o.putArray("rowKeys"), t.rowKeys());
			strings(o.putArray("rows"), t.rowLabels());
			strings(o.putArray("columnKeys"), t.columnKeys());
			strings(o.putArray("columns"), t.columnLabels());
			ArrayNode cells = o.putArray("cells");
			for (String[] row : t.cells()) {
				ArrayNode r = cells.addArray();
				for (String c : row) {
					r.add(c);
				}
			}
		}
		return tables;
	}

	private static void strings(ArrayNode a, List<String> values) {
		values.forEach(a::add);
	}

	static ArrayNode years(List<YearsSideBySide.Organ> organs) {
		ArrayNode out = MAPPER.createArrayNode();
		for (YearsSideBySide.Organ organ : organs) {
			ObjectNode o = out.addObject();
			o.put("organ", organ.organ());
			o.put("repeatSection", organ.repeatSection());
			o.put("repeatHeading", organ.repeatHeading());
			ObjectNode labels = o.putObject("labels");
			organ.labels().forEach(labels::put);
			ArrayNode years = o.putArray("years");
			for (YearsSideBySide.Year y : organ.years()) {
				ObjectNode n = years.addObject();
				n.put("year", y.year());
				n.put("input", y.input());
				ObjectNode figures = n.putObject("figures");
				for (Map.Entry<String, BigDecimal> e : y.figures().entrySet()) {
					if (e.getValue() == null) {
						figures.putNull(e.getKey());
					} else {
						figures.put(e.getKey(), e.getValue());
					}
				}
				n.put("repeatSimilarity", y.repeatSimilarity());
				n.put("textSimilarity", y.textSimilarity());
			}
			ArrayNode findings = o.putArray("findings");
			for (AuditSummary.Item f : organ.findings()) {
				ObjectNode n = findings.addObject();
				n.put("code", f.code());
				AuditWriters.putYear(n, f.year());
				n.put("cell", f.cell());
				n.put("message", f.message());
				n.put("fingerprint", f.fingerprint());
			}
		}
		return out;
	}
}
