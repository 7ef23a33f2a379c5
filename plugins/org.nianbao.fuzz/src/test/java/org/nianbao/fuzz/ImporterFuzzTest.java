package org.nianbao.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.ReportView;
import org.nianbao.importer.ArithmeticRowChecker;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportMessage;
import org.nianbao.importer.Importer;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated published reports (the seeds' text, HTML and DOCX the generators make from the examples)
 * to the importer: it either imports (and its source then parses) or refuses with an
 * {@link ImportException} carrying a line and an NB code; nothing else escapes, nothing hangs.
 */
class ImporterFuzzTest {

	private static final List<byte[]> TEXTS = new ArrayList<>();
	private static final List<byte[]> HTML = new ArrayList<>();
	private static final List<byte[]> DOCX = new ArrayList<>();

	static {
		for (var p : Fuzz.files("examples/published", ".txt")) {
			TEXTS.add(Fuzz.read(p).getBytes(StandardCharsets.UTF_8));
		}
		Arithmetic arithmetic = Fuzz.injector().getInstance(Arithmetic.class);
		for (var p : Fuzz.files("examples", ".nianbao")) {
			XtextResource r = Fuzz.parse(Fuzz.read(p));
			for (var e : ((NianbaoFile) r.getContents().get(0)).getElements()) {
				if (e instanceof Report report) {
					ReportView view = ReportView.of(report, p.getFileName().toString(), List.of(),
							(rep, table, row, column) -> arithmetic.evaluate(rep).table(table).value(row, column));
					HTML.add(new HtmlGenerator().generate(view).getBytes(StandardCharsets.UTF_8));
					DOCX.add(new DocxGenerator().generate(view));
				}
			}
		}
	}

	private static Importer importer() {
		return new Importer(Fuzz.injector(), new ArithmeticRowChecker());
	}

	@Provide
	Arbitrary<String> mutatedTexts() {
		Arbitrary<String> base = Arbitraries.of(TEXTS).map(b -> new String(b, StandardCharsets.UTF_8));
		return Combinators.combine(base, Mutation.arbitrary().list().ofMinSize(1).ofMaxSize(8)).as(Mutation::applyAll);
	}

	@Provide
	Arbitrary<String> mutatedHtml() {
		Arbitrary<String> base = Arbitraries.of(HTML).map(b -> new String(b, StandardCharsets.UTF_8));
		return Combinators.combine(base, Mutation.arbitrary().list().ofMinSize(1).ofMaxSize(8)).as(Mutation::applyAll);
	}

	/** DOCX bytes with bytes flipped, runs deleted or the archive cut short. */
	@Provide
	Arbitrary<byte[]> mutatedDocx() {
		Arbitrary<byte[]> base = Arbitraries.of(DOCX);
		Arbitrary<List<double[]>> edits = Combinators.combine(Arbitraries.doubles().between(0, 1),
				Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 255))
				.as((w, k, v) -> new double[] { w, k, v }).list().ofMinSize(1).ofMaxSize(6);
		return Combinators.combine(base, edits).as((bytes, list) -> {
			byte[] b = bytes.clone();
			for (double[] e : list) {
				if (b.length < 32) {
					break;
				}
				int at = Math.min(b.length - 1, (int) (e[0] * b.length));
				switch ((int) e[1]) {
				case 0 -> b[at] = (byte) e[2];
				case 1 -> b = java.util.Arrays.copyOf(b, Math.max(1, at));
				case 2 -> {
					byte[] c = new byte[b.length - Math.min(b.length - at, 16)];
					System.arraycopy(b, 0, c, 0, at);
					System.arraycopy(b, at + (b.length - c.length), c, at, c.length - at);
					b = c;
				}
				default -> b[at] ^= 0x55;
				}
			}
			return b;
		});
	}

	@Property
	void mutatedPublishedTextImportsOrIsRefusedWithALocatedCode(@ForAll("mutatedTexts") String text) {
		check("seed.txt", text.getBytes(StandardCharsets.UTF_8), text);
	}

	@Property
	void mutatedHtmlImportsOrIsRefusedWithALocatedCode(@ForAll("mutatedHtml") String html) {
		check("report.html", html.getBytes(StandardCharsets.UTF_8), html);
	}

	@Property
	void mutatedDocxImportsOrIsRefusedWithALocatedCode(@ForAll("mutatedDocx") byte[] docx) {
		check("report.docx", docx, "(docx bytes: " + docx.length + ")");
	}

	private static void check(String name, byte[] bytes, String shown) {
		Fuzz.bounded(shown, "import-" + name, () -> {
			try {
				Importer.Result result = importer().importBytes(name, bytes, Importer.TemplateChoice.AUTO);
				XtextResource r = Fuzz.parse(result.source());
				Fuzz.check(r.getErrors().isEmpty(), "imported source does not parse: " + r.getErrors());
				for (ImportMessage m : result.messages()) {
					Fuzz.check(m.line() >= 0 && m.code() != null && m.code().matches("NB\\d{3}"), "message " + m);
				}
			} catch (ImportException e) {
				Fuzz.check(e.line() >= 0 && e.code() != null && e.code().matches("NB\\d{3}"),
						"refusal without line or code: " + e.line() + " " + e.code() + " " + e.getMessage());
			}
			return null;
		});
	}
}
