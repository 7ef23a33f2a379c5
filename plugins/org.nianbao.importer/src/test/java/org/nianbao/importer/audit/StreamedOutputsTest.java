package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The audit's JSON and dashboard written a report at a time: the bytes a whole tree gave, and no flush per value. */
class StreamedOutputsTest {

	/** Reports and findings enough to fill the writers' buffers several times, names full of what the page escapes. */
	private static AuditSummary summary() {
		AuditSummary s = new AuditSummary();
		for (int i = 0; i < 300; i++) {
			String organ = "中山市<" + i + ">港口镇\u2028人民政府" + "<".repeat(i % 40) + "\u2029".repeat(i % 7);
			String input = "in/r" + i + ".nianbao";
			s.reports.add(new AuditSummary.Entry(input, organ, 2020 + i % 5, "gov-2021", i % 3, i % 2, List.of("NB101 <x>"),
					i % 3 == 0 ? "ok" : "error", "2025-01-0" + (1 + i % 9)));
			s.findings.add(new AuditSummary.Item(input, i, i % 80, "error", "NB101", "<b>" + "长".repeat(i) + "</b>", input, organ,
					2020 + i % 5, "申请.新收.总计", String.format("%016x", i), Origins.PUBLICATION));
		}
		return s;
	}

	@Test
	void theJsonIsTheTreeAsAnIndentingMapperWritesIt() throws Exception {
		AuditSummary s = summary();
		String streamed = AuditWriters.json(s);
		// read back exactly (decimals as written, fields in order) and written again as the whole tree was
		ObjectMapper exact = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
				.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
		String tree = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(exact.readTree(streamed)) + "\n";
		assertEquals(tree, streamed);
		assertEquals(300, exact.readTree(streamed).get("reports").size());
	}

	@Test
	void thePageEmbedsTheDataWithEveryLessThanAndLineSeparatorEscaped() throws Exception {
		AuditSummary s = summary();
		String page = Dashboard.html(s, "审核 <汇总>");
		String open = "<script type=\"application/json\" id=\"nianbao-data\">";
		int from = page.indexOf(open) + open.length();
		String embedded = page.substring(from, page.indexOf("</script>", from));
		String data = DashboardData.json(s, "审核 <汇总>");
		assertTrue(data.length() > 100_000, "several buffers' worth: " + data.length());
		assertEquals(data.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"), embedded);
	}

	@Test
	void valuesAreNotFlushedOneByOne() throws Exception {
		AuditSummary s = summary();
		Counting json = new Counting(), page = new Counting();
		AuditWriters.json(s, json);
		Dashboard.write(s, "审核", page);
		assertEquals(AuditWriters.json(s), json.text(), "the same bytes");
		// the file's buffer is the writer's to fill: a flush (a write to the file) per report and finding defeats it
		assertTrue(json.flushes <= 2, json.flushes + " flushes of the JSON");
		assertTrue(page.flushes <= 2, page.flushes + " flushes of the page");
	}

	private static final class Counting extends FilterOutputStream {
		int flushes;

		Counting() {
			super(new ByteArrayOutputStream());
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			flushes++;
			super.flush();
		}

		String text() {
			return ((ByteArrayOutputStream) out).toString(StandardCharsets.UTF_8);
		}
	}
}
