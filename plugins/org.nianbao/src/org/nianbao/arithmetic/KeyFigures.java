package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.KeyFigure;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Template;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * A report's key figures: the template's {@code figure} declarations evaluated on its tables, for
 * the reviewer who reads them year by year. Which cells are key is the template's word, not Java's.
 */
@Singleton
public class KeyFigures {

	@Inject
	private NarrativeExpressions expressions;

	@Inject
	private Arithmetic arithmetic;

	@Inject(optional = true)
	private org.eclipse.xtext.util.IResourceScopeCache cache;

	/**
	 * One figure of a report.
	 *
	 * @param name  the figure's name in the template (the same across the editions of a format)
	 * @param label its description
	 * @param value null when its cells are blank, missing or unreadable
	 */
	public record Figure(String name, String label, BigDecimal value) {
	}

	/** The figures the report's template declares, in its order; none without a template. */
	public List<Figure> of(Report report) {
		Template template = report == null ? null : Tables.template(report);
		List<Figure> result = new ArrayList<>();
		if (template == null) {
			return result;
		}
		ReportResult cells = null; // the report evaluated once for all its figures
		for (KeyFigure f : EcoreUtil2.typeSelect(template.getChecks(), KeyFigure.class)) {
			List<NarrativeExpressions.Span> spans = spans(f);
			BigDecimal v = null;
			if (spans.size() == 1) {
				cells = cells == null ? arithmetic.evaluate(report) : cells;
				v = expressions.evaluate(spans.get(0), cells).value();
			}
			result.add(new Figure(f.getName(), f.getDescription(), v));
		}
		return result;
	}

	/** The figure's expression parsed, once per template resource state (an audit asks it of every report). */
	private List<NarrativeExpressions.Span> spans(KeyFigure f) {
		if (f.getValue() == null) {
			return List.of();
		}
		if (cache == null || f.eResource() == null) {
			return expressions.spans("{" + f.getValue() + "}");
		}
		return cache.get(org.eclipse.xtext.util.Tuples.create(KeyFigures.class, f), f.eResource(),
				() -> List.copyOf(expressions.spans("{" + f.getValue() + "}")));
	}
}
