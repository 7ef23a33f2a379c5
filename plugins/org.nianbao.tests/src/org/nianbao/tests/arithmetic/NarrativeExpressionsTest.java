package org.nianbao.tests.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class NarrativeExpressionsTest {

	@Inject
	NarrativeExpressions expressions;

	@Inject
	Arithmetic arithmetic;

	@Inject
	Reports reports;

	@Test
	void spansAreParsedWithTheTextExpressionRuleAndRendered() {
		Report report = reports.parse(Reports.gangkou());
		ReportResult results = arithmetic.evaluate(report);
		String text = "共受理申请{申请.新收.总计 + 申请.上年结转.总计}件，行政复议{复议诉讼.件数.行政复议.总计}件，差{(申请.新收.总计 - 1)}。";
		List<NarrativeExpressions.Span> spans = expressions.spans(text);
		assertEquals(3, spans.size());
		assertEquals(5, spans.get(0).start());
		assertEquals("共受理申请27件，行政复议2件，差25。", expressions.render(text, results));
		assertEquals(0, new BigDecimal("27").compareTo(expressions.evaluate(report, "申请.新收.总计 + 申请.上年结转.总计")));
	}

	@Test
	void unresolvablePathsAreLocatedInTheText() {
		Report report = reports.parse(Reports.gangkou());
		ReportResult results = arithmetic.evaluate(report);
		String text = "共{申请.新收.总计 + 申请.旧收.总计}件";
		NarrativeExpressions.Span span = expressions.spans(text).get(0);
		NarrativeExpressions.Value v = expressions.evaluate(span, results);
		assertTrue(v.isError());
		assertEquals("申请.旧收.总计", text.substring(v.errorStart(), v.errorEnd()));
		assertNull(expressions.evaluate(report, "申请.旧收.总计"));
		NarrativeExpressions.Span broken = expressions.spans("共{申请.新收.总计 + }件").get(0);
		assertNull(broken.expression());
		assertTrue(broken.syntaxError() != null);
		// rendered text keeps what it cannot evaluate
		assertEquals(text, expressions.render(text, results));
	}

	@Test
	void doubledBracesAreLiteralTextNotExpressions() {
		Report report = reports.parse(Reports.gangkou());
		ReportResult results = arithmetic.evaluate(report);
		String published = "公式 {a} 与 {{b}} 原样保留";
		String escaped = NarrativeExpressions.escape(published);
		assertEquals(0, expressions.spans(escaped).size());
		assertEquals(published, expressions.render(escaped, results));
		String mixed = "{{共}}{申请.新收.总计}件";
		assertEquals(1, expressions.spans(mixed).size());
		assertEquals("{共}26件", expressions.render(mixed, results));
	}
}
