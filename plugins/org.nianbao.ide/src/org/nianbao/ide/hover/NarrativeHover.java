package org.nianbao.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.diagnostics.Messages;
import org.nianbao.ide.references.NarrativeSpans;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/**
 * The hover of a narrative expression {@code {表.行.列 + …}}: its value, and for each cell it names
 * the labels and the arithmetic service's explanation, as the hover of the cell itself gives.
 */
public class NarrativeHover {

	@Inject
	private NarrativeSpans spans;

	@Inject
	private NarrativeExpressions expressions;

	@Inject
	private Arithmetic arithmetic;

	/** The hover at an offset inside a report's narrative expression, or null elsewhere. */
	public CellHover.Result hover(XtextResource resource, int offset) {
		NarrativeSpans.Located at = spans.at(resource, offset);
		Report report = at == null ? null : EcoreUtil2.getContainerOfType(at.owner(), Report.class);
		if (report == null || at.offset() < 0 || Tables.template(report) == null) {
			return null;
		}
		ReportResult results = arithmetic.evaluate(report);
		NarrativeExpressions.Value value = expressions.evaluate(at.span(), results);
		List<String> lines = new ArrayList<>();
		String source = at.span().source().strip();
		if (value.isError()) {
			lines.add("`{" + source + "}`：" + Messages.localise(value.error(), Messages.defaultLanguage()));
		} else {
			lines.add("`{" + source + "}` = **" + (value.value() == null ? "?" : Numbers.format(value.value())) + "**");
		}
		for (NarrativeSpans.Path path : at.paths()) {
			var cell = path.resolved().cell();
			if (cell == null) {
				continue;
			}
			TableResult table = results.table(path.resolved().table());
			BigDecimal v = table == null ? null : table.value(cell);
			lines.add(path.ref().getPath() + "：" + String.join(" › ", Tables.labels(cell.row())) + " × "
					+ String.join(" › ", Tables.labels(cell.column())) + " = " + (v == null ? "?" : Numbers.format(v)));
			String explanation = table == null ? null : table.explain(cell);
			if (explanation != null && !explanation.isBlank()) {
				lines.add("```\n" + explanation + "\n```");
			}
		}
		return new CellHover.Result(String.join("\n\n", lines), at.offset(), at.end() - at.offset());
	}
}
