package org.nianbao.fuzz;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.ReportView;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated reports that still parse (validation errors allowed, as with {@code generate --force})
 * to the HTML and DOCX generators: no exception, the HTML page has no markup from the input (a
 * {@code <script>} written into a text or label comes out escaped), the DOCX opens with POI.
 */
class GeneratorFuzzTest {

	private static final List<String> SEEDS = Fuzz.seedReports();
	private static final String[] HOSTILE = { "<script>alert(1)</script>", "</td></tr></table>", "&amp;&lt;",
			"\"><img src=x onerror=alert(1)>", "]]>", "\u0000\u0001\u0008", "\uD800", "😀𠀀", "\u202E" };

	@Provide
	Arbitrary<String> mutatedReports() {
		Arbitrary<String> base = Arbitraries.of(SEEDS);
		Arbitrary<String> withHostile = Combinators.combine(base, Arbitraries.of(HOSTILE), Arbitraries.doubles().between(0, 1))
				.as((text, h, where) -> {
					// into a string or text block, where it survives parsing
					int at = text.indexOf("\"", (int) (where * text.length()));
					return at < 0 ? text : text.substring(0, at + 1) + h.replace("\"", "'") + text.substring(at + 1);
				});
		return Combinators.combine(withHostile, Mutation.arbitrary().list().ofMaxSize(4)).as(Mutation::applyAll);
	}

	@Property
	void generatorsRenderEveryParsedReportSafely(@ForAll("mutatedReports") String text) {
		Fuzz.bounded(text, "generate", () -> {
			XtextResource r = Fuzz.parse(text);
			if (!r.getErrors().isEmpty() || r.getContents().isEmpty()) {
				return null;
			}
			Arithmetic arithmetic = Fuzz.injector().getInstance(Arithmetic.class);
			for (var e : ((NianbaoFile) r.getContents().get(0)).getElements()) {
				if (e instanceof Report report && report.getTemplate() != null && !report.getTemplate().eIsProxy()) {
					ReportView view = ReportView.of(report, "fuzz.nianbao", List.of(),
							(rep, table, row, column) -> arithmetic.evaluate(rep).table(table) == null ? null
									: arithmetic.evaluate(rep).table(table).value(row, column));
					String html = new HtmlGenerator().generate(view);
					Fuzz.check(!html.contains("<script") && !html.contains("<img"), "markup from the input in the HTML");
					Fuzz.check(html.strip().endsWith("</html>"), "HTML not complete");
					byte[] docx = new DocxGenerator().generate(view);
					try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
						Fuzz.check(!doc.getParagraphs().isEmpty(), "DOCX without paragraphs");
					}
				}
			}
			return null;
		});
	}
}
