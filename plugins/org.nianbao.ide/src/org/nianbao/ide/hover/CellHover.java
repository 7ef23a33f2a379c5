package org.nianbao.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.ide.model.CellAt;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.TableData;

import com.google.inject.Inject;

/**
 * The hover text of a report position (Markdown): on a cell its row and column labels, and for a
 * derived cell the formula with its values and the computed result; on a row key the official
 * label. Used by the language server and by the Eclipse editor alike.
 */
public class CellHover {

	/** Hover text and the region it describes. */
	public record Result(String markdown, int offset, int length) {
	}

	@Inject
	private Arithmetic arithmetic;

	public Result hover(XtextResource resource, int offset) {
		CellAt at = CellAt.find(resource, offset);
		if (at == null || at.table() == null) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		lines.add("**" + at.table().getName() + "** · " + at.table().getCaption());
		if (at.isRowKey()) {
			if (at.row() == null) {
				return null;
			}
			lines.add(Phrases.IDE.render("hover.row", String.join(" › ", Tables.labels(at.row()))));
			String published = at.rowData().getLabel();
			if (published != null && !published.equals(at.row().getLabel())) {
				lines.add(Phrases.IDE.render("hover.published", published));
			}
			if (Tables.isDerived(at.row())) {
				lines.add(Phrases.IDE.render("hover.derived-row"));
			}
		} else {
			if (at.row() != null) {
				lines.add(Phrases.IDE.render("hover.row", String.join(" › ", Tables.labels(at.row()))));
			}
			if (at.column() != null) {
				lines.add(Phrases.IDE.render("hover.column", String.join(" › ", Tables.labels(at.column()))));
			} else {
				lines.add(Phrases.IDE.render("hover.beyond", at.index() + 1, Tables.columnLeaves(at.table()).size()));
			}
			String note = at.cell() instanceof NumberCell n ? n.getNote() : at.cell() instanceof BlankCell b ? b.getNote() : null;
			if (note != null) {
				lines.add(Phrases.IDE.render("hover.note", note));
			}
			if (at.row() != null && at.column() != null) {
				// the arithmetic service renders the formula with its values and result
				TableResult result = arithmetic.evaluate(at.table(), (TableData) at.rowData().eContainer());
				CellKey key = result.cellOf(at.cell());
				String explanation = key == null ? null : result.explain(key);
				if (explanation != null && !explanation.isBlank()) {
					String title = Phrases.IDE.render(isDerived(at.row(), at.column()) ? "hover.computed" : "hover.relations");
					lines.add(title + "\n```\n" + explanation + "\n```");
				}
			}
		}
		return new Result(String.join("\n\n", lines), at.offset(), at.length());
	}

	private static boolean isDerived(Leaf row, Leaf column) {
		return Tables.isDerived(row) || Tables.isDerived(column);
	}
}
