package org.nianbao.tests.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.arithmetic.KeyFigures;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.Fixtures;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;

import com.google.inject.Inject;

/** The template's `figure` declarations evaluated on a report: the key figures of the years side by side. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class KeyFiguresTest {

	@Inject
	KeyFigures figures;

	@Inject
	Reports reports;

	private Map<String, BigDecimal> of(String text) {
		Map<String, BigDecimal> m = new LinkedHashMap<>();
		for (KeyFigures.Figure f : figures.of(reports.parse(text))) {
			m.put(f.name(), f.value());
		}
		return m;
	}

	private static BigDecimal n(int v) {
		return BigDecimal.valueOf(v);
	}

	@Test
	void theNationalTemplateDeclaresSixKeyFiguresInItsOrder() {
		Report report = reports.parse(Reports.gangkou());
		List<KeyFigures.Figure> all = figures.of(report);
		assertEquals(List.of("新收", "办理结果", "结转下年", "复议", "诉讼", "现行有效"), all.stream().map(KeyFigures.Figure::name).toList());
		assertEquals(List.of("新收", "办理结果总计", "结转下年", "复议", "诉讼", "现行有效件数"),
				all.stream().map(KeyFigures.Figure::label).toList());
	}

	@Test
	void seed000sFigures() {
		Map<String, BigDecimal> m = of(Reports.gangkou());
		// 新收 26 (24 + 2), results 25, carried over 2, reviews 2, lawsuits 0, in force 0 + 5
		assertEquals(List.of(n(26), n(25), n(2), n(2), n(0), n(5)),
				m.values().stream().map(BigDecimal::stripTrailingZeros).map(v -> v.setScale(0)).toList());
	}

	@Test
	void aFigureFollowsItsCellsAndIsUndeterminedWhenItsCellsAreUnreadable() {
		String more = Reports.replaceRow(Reports.gangkou(), "新收", "30 2 0 0 0 0 32");
		assertEquals(0, n(32).compareTo(of(more).get("新收")));
		// an unreadable total the relations determine is that value (新收 + 上年结转 = 办理结果 + 结转下年)
		String solved = Reports.plant(Reports.gangkou(), "新收", 6, "?");
		assertEquals(0, n(26).compareTo(of(solved).get("新收")));
		// one they cannot: 直接起诉 维持 and 总计 unreadable, so 诉讼 has no value (not 0); the others stay
		String unread = Reports.plant(Reports.plant(Reports.gangkou(), "件数", 5, "?"), "件数", 9, "?");
		assertNull(of(unread).get("诉讼"));
		assertEquals(0, n(2).compareTo(of(unread).get("复议")));
	}

	@Test
	void aTemplateWithoutFiguresHasNone() {
		Report report = reports.parse(Fixtures.read(Fixtures.example("window-stats.nianbao")));
		assertTrue(figures.of(report).isEmpty());
	}
}
