package org.nianbao.fuzz;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.bench.ReportGenerator;
import org.nianbao.formatting2.SourceFormatter;
import org.nianbao.library.Library;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random and mutated inputs to parser, linker and validator (and the formatter whenever the input
 * still parses): no exception escapes, no input takes longer than {@link Fuzz#BOUND_SECONDS}, every
 * problem is located inside the text with an NB code, and formatting loses no token.
 */
class ParserValidatorFuzzTest {

	private static final List<String> SEEDS = Fuzz.seedReports();
	private static ReportGenerator generator;

	private static synchronized ReportGenerator generator() {
		if (generator == null) {
			generator = new ReportGenerator(Fuzz.injector(), Library.GOV_2021);
		}
		return generator;
	}

	@Provide
	Arbitrary<String> mutatedExamples() {
		Arbitrary<String> base = Arbitraries.oneOf(Arbitraries.of(SEEDS),
				Arbitraries.longs().map(seed -> generator().generate(seed, (int) Math.floorMod(seed, 3L), seed % 2 == 0).text()));
		return Combinators.combine(base, Mutation.arbitrary().list().ofMinSize(1).ofMaxSize(8))
				.as(Mutation::applyAll);
	}

	@Provide
	Arbitrary<String> randomTexts() {
		Arbitrary<String> token = Arbitraries.oneOf(
				Arbitraries.of("report", "template", "section", "table", "text", "group", "rule", "columns", "rows",
						"sum", "except", "per", "row", "column", "auto", "-", "{", "}", "(", ")", "=", "==", "+", ":",
						".", ",", "\"\"\"正文{申请.新收.总计}\"\"\"", "\"标签\"", "政府信息公开年报2021", "新收", "总计", "申请",
						"依申请公开", "decimal", "signed", "标题", "年度", "\n", "//注释\n", "/*", "*/"),
				Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(40),
				Arbitraries.strings().withCharRange('\u4e00', '\u4e10').ofMinLength(1).ofMaxLength(3),
				Arbitraries.strings().all().ofMaxLength(3));
		return token.list().ofMaxSize(300).map(l -> String.join(" ", l));
	}

	@Property
	void mutatedReportsNeverCrashHangOrGoUnlocated(@ForAll("mutatedExamples") String text) {
		check(text);
	}

	/** The cheap one, for long runs: parsing alone, every syntax error located. */
	@Property
	void mutatedReportsParseWithLocatedSyntaxErrors(@ForAll("mutatedExamples") String text) {
		Fuzz.bounded(text, "parse", () -> {
			XtextResource r = Fuzz.parse(text);
			for (var d : r.getErrors()) {
				Fuzz.check(d.getLine() >= 1, "syntax error without a line: " + d.getMessage());
				Fuzz.check(d.getMessage() != null && !d.getMessage().isBlank(), "syntax error without a message");
			}
			Fuzz.check(r.getParseResult().getRootNode().getText().equals(Fuzz.viaUtf8(text)), "the node model lost text");
			return null;
		});
	}

	@Property
	void randomTokenSoupNeverCrashesHangsOrGoesUnlocated(@ForAll("randomTexts") String text) {
		check(text);
	}

	private static void check(String text) {
		boolean parses = Fuzz.bounded(text, "parse-validate", () -> {
			XtextResource r = Fuzz.parse(text);
			List<Issue> issues = Fuzz.validate(r);
			Fuzz.assertLocated(text, issues);
			if (r.getErrors().isEmpty()) {
				String formatted = Fuzz.injector().getInstance(SourceFormatter.class).format(r);
				XtextResource again = Fuzz.parse(formatted);
				Fuzz.check(again.getErrors().isEmpty(), "the formatted text does not parse: " + again.getErrors());
				Fuzz.check(Fuzz.tokens(r).equals(Fuzz.tokens(again)), "formatting changed a token");
				String twice = Fuzz.injector().getInstance(SourceFormatter.class).format(again);
				Fuzz.check(twice.equals(formatted),
						"formatting is not idempotent");
			}
			return r.getErrors().isEmpty();
		});
		Statistics.label("parses").collect(parses);
	}
}
