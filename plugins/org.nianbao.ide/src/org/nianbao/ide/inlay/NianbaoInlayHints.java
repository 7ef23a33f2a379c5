package org.nianbao.ide.inlay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.ide.references.NarrativeSpans;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.AutoCell;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;

import com.google.inject.Inject;

/**
 * The numbers the tools compute, shown in the text (LSP inlay hints; the Eclipse editor shows the
 * same as code minings): after each {@code auto} cell its value ({@code = 120}), after a cell that
 * breaks a relation the value that satisfies it ({@code 应为 26}), after a narrative expression its
 * value, and, if asked, the column's name before each cell of a long row. Every value is the
 * arithmetic service's, the one the validator reports from.
 */
public class NianbaoInlayHints {

	/** A row with at least this many cells is long: its cells get column names when asked for. */
	public static final int LONG_ROW = 6;

	/** One hint in document offsets, before its conversion to LSP positions. */
	public record Hint(int offset, String label, boolean before) {
	}

	@Inject
	private Arithmetic arithmetic;

	@Inject
	private NarrativeExpressions expressions;

	@Inject
	private NarrativeSpans spans;

	/** The hints of a resource in document order. */
	public List<Hint> hints(XtextResource resource, boolean columnNames) {
		List<Hint> hints = new ArrayList<>();
		// one evaluation per report: the narrative spans ask again for each span
		java.util.Map<Report, ReportResult> results = new java.util.HashMap<>();
		if (resource == null || resource.getParseResult() == null) {
			return hints;
		}
		for (EObject top : resource.getContents().isEmpty() ? List.<EObject>of() : resource.getContents().get(0).eContents()) {
			if (top instanceof Report report && Tables.template(report) != null) {
				report(results.computeIfAbsent(report, arithmetic::evaluate), columnNames, hints);
			}
		}
		for (NarrativeSpans.Located span : spans.spans(resource)) {
			Report report = EcoreUtil2.getContainerOfType(span.owner(), Report.class);
			if (report != null && span.span().expression() != null && span.offset() >= 0) {
				BigDecimal v = expressions.evaluate(span.span(), results.computeIfAbsent(report, arithmetic::evaluate)).value();
				if (v != null && !(span.span().expression() instanceof org.nianbao.nianbao.TextNumber)) {
					hints.add(new Hint(span.end(), "= " + Numbers.format(v), false));
				}
			}
		}
		hints.sort(Comparator.comparingInt(Hint::offset));
		return hints;
	}

	/** The hints within a range of the document, as LSP inlay hints. */
	public List<InlayHint> inlayHints(Document document, XtextResource resource, Range range, boolean columnNames) {
		int from = range == null ? 0 : document.getOffSet(range.getStart());
		int to = range == null ? Integer.MAX_VALUE : document.getOffSet(range.getEnd());
		List<InlayHint> result = new ArrayList<>();
		for (Hint h : hints(resource, columnNames)) {
			if (h.offset() < from || h.offset() > to) {
				continue;
			}
			Position at = document.getPosition(h.offset());
			InlayHint hint = new InlayHint(at, Either.forLeft(h.label()));
			hint.setKind(h.before() ? InlayHintKind.Parameter : InlayHintKind.Type);
			if (h.before()) {
				hint.setPaddingRight(true);
			} else {
				hint.setPaddingLeft(true);
			}
			result.add(hint);
		}
		return result;
	}

	private static void report(ReportResult results, boolean columnNames, List<Hint> hints) {
		for (TableResult table : results.tables()) {
			TableData data = table.data();
			for (RowData row : data.getRows()) {
				List<Leaf> columns = Tables.columnLeaves(table.table());
				boolean names = columnNames && row.getCells().size() >= LONG_ROW;
				for (int i = 0; i < row.getCells().size(); i++) {
					Cell cell = row.getCells().get(i);
					INode node = NodeModelUtils.getNode(cell);
					if (node == null) {
						continue;
					}
					if (names && i < columns.size()) {
						hints.add(new Hint(node.getOffset(), Tables.shortestName(columns.get(i)) + ":", true));
					}
					CellKey key = table.cellOf(cell);
					if (cell instanceof AutoCell && key != null) {
						BigDecimal v = table.value(key);
						hints.add(new Hint(node.getEndOffset(), "= " + (v == null ? "?" : Numbers.format(v)), false));
					}
				}
			}
			for (Violation v : table.violations()) {
				if ((v.kind() == Violation.Kind.MISMATCH || v.kind() == Violation.Kind.CULPRIT) && v.token() != null
						&& v.expected() != null) {
					INode node = NodeModelUtils.getNode(v.token());
					if (node != null) {
						hints.add(new Hint(node.getEndOffset(), Phrases.IDE.render("inlay.expected", Numbers.format(v.expected())), false));
					}
				}
			}
		}
	}
}
