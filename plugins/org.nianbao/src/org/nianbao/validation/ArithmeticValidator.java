package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.GroupTotals;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.Relation;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.*;

import com.google.inject.Inject;

/**
 * NB1xx and the {@code {…}} expressions of the narrative: the template's relations as the
 * arithmetic service evaluates them (nothing table-specific here), on the cell token.
 */
public class ArithmeticValidator extends NianbaoChecks {

	@Inject
	private NarrativeExpressions expressions;

	@Check
	public void checkArithmetic(Report report) {
		if (Tables.template(report) == null) {
			return;
		}
		for (Violation v : results(report).violations()) {
			Cell token = v.token();
			if (token == null) {
				continue;
			}
			String code;
			String[] data;
			boolean error = true;
			switch (v.kind()) {
			case MISMATCH -> {
				code = IssueCodes.RELATION_MISMATCH;
				data = cellData(v.expected(), v.actual(), v.cell(), nameFor(v.relation(), v.cell()), v.derivation());
			}
			case CULPRIT -> {
				code = IssueCodes.LIKELY_CULPRIT;
				List<String> texts = new ArrayList<>();
				for (Relation r : v.relations()) {
					texts.add(r.subjectCell().display() + "：" + r.text());
				}
				data = cellData(v.expected(), v.actual(), v.cell(), v.cell().display(),
						String.valueOf(v.relations().size()), String.join("；", texts));
			}
			case BLANK -> {
				// a blank that hides a 0 is how reports are published; one that hides a number is an error
				boolean zero = v.expected().signum() == 0;
				code = zero ? IssueCodes.BLANK_ZERO : IssueCodes.BLANK_DETERMINED;
				error = !zero;
				data = cellData(v.expected(), null, v.cell(), v.cell().display(), v.derivation());
			}
			case UNDETERMINED_BLANK -> {
				code = IssueCodes.BLANK_UNDETERMINED;
				error = false;
				data = cellData(null, null, v.cell(), v.cell().display());
			}
			case NEGATIVE -> {
				code = IssueCodes.NEGATIVE;
				data = cellData(null, v.actual(), v.cell(), v.cell().display());
			}
			case NOT_INTEGER -> {
				code = IssueCodes.NOT_INTEGER;
				data = cellData(null, v.actual(), v.cell(), v.cell().display());
			}
			case UNREADABLE -> {
				code = IssueCodes.UNREADABLE_CELL;
				error = false;
				String value = v.expected() == null ? "" : Numbers.format(v.expected());
				data = cellData(v.expected(), null, v.cell(), v.cell().display(),
						value.isEmpty() ? "" : "；由勾稽关系推得应为 " + value + "（= " + v.derivation() + "）",
						value.isEmpty() ? "" : "; the relations give " + value + " (= " + v.derivation() + ")");
			}
			default -> throw new IllegalStateException(v.kind().toString());
			}
			String message = Messages.render(code, data);
			if (error) {
				error(message, token, featureOf(token), code, data);
			} else {
				warning(message, token, featureOf(token), code, data);
			}
		}
	}

	/** A row of group totals (`sum 其他处理`) against its own row relations and the group's rows. */
	@Check
	public void checkGroupTotals(Report report) {
		if (Tables.template(report) == null) {
			return;
		}
		for (TableResult table : results(report).tables()) {
			for (GroupTotals.Mismatch m : table.groupMismatches()) {
				String[] data = { Numbers.format(m.expected()), m.actual() == null ? "" : Numbers.format(m.actual()),
						table.table().getName(), Tables.pathString(m.total().group()), Tables.pathString(m.column()),
						Tables.shortestName(m.total().group()) + "/" + Tables.shortestName(m.column()), m.derivation() };
				error(Messages.render(IssueCodes.GROUP_TOTAL_MISMATCH, data), m.token(), featureOf(m.token()),
						IssueCodes.GROUP_TOTAL_MISMATCH, data);
			}
		}
	}

	/** The derived value's name: the relation's (`总计`) when the cell is its subject, else the cell. */
	private static String nameFor(Relation r, CellKey cell) {
		return r.subjectCell().equals(cell) ? r.name() : cell.display();
	}

	@Check
	public void checkTextExpressions(Paragraph paragraph) {
		String text = paragraph.getText();
		Report report = EcoreUtil2.getContainerOfType(paragraph, Report.class);
		if (text == null || report == null || text.indexOf('{') < 0) {
			return;
		}
		ReportResult results = results(report);
		for (NarrativeExpressions.Span span : expressions.spans(text)) {
			if (span.expression() == null) {
				String[] data = { shorten(span.source()), span.syntaxError() };
				errorInText(paragraph, span.start(), span.end() - span.start(), IssueCodes.TEXT_EXPRESSION_SYNTAX, data);
				continue;
			}
			NarrativeExpressions.Value v = expressions.evaluate(span, results);
			if (v.isError()) {
				String[] data = { v.errorPath(), v.error() };
				errorInText(paragraph, v.errorStart(), v.errorEnd() - v.errorStart(),
						IssueCodes.TEXT_EXPRESSION_UNRESOLVED, data);
			} else if (v.value() == null) {
				String[] data = { shorten(span.source()) };
				warnInText(paragraph, span.start(), span.end() - span.start(), IssueCodes.TEXT_EXPRESSION_UNDETERMINED,
						data);
			}
		}
	}

	/** An expression quoted in a message: an unclosed brace would otherwise quote the rest of the text. */
	private static String shorten(String source) {
		return source.length() <= 30 ? source : source.substring(0, 30) + "…";
	}

}
