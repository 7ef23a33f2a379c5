package org.nianbao.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.validation.Finding;
import org.nianbao.validation.IssueCodes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

/**
 * Quick fixes keyed by issue code, as code actions of the language server (and so of every editor
 * that talks to it): set the cell to the expected value (NB101–NB103, NB108, NB301, NB302); put the
 * template's label on a row (NB206); remove the group separators of a number (NB003, {@link SeparatorFix}); and, whenever the document has {@code auto} cells, a source
 * action that fills them all with their computed values. The edits come from {@link CellFixes}; the
 * cell a fix edits is the one the diagnostic's data name ({@link DiagnosedCell}), never a neighbour
 * its range may point at.
 */
public class NianbaoCodeActionService implements ICodeActionService2 {

	/** Codes whose first datum is the value the cell should have. */
	static final Set<String> SET_CELL = Set.of(IssueCodes.RELATION_MISMATCH, IssueCodes.LIKELY_CULPRIT,
			IssueCodes.BLANK_DETERMINED, IssueCodes.BLANK_ZERO, IssueCodes.CARRY_OVER_MISMATCH, IssueCodes.IN_FORCE_MISMATCH);

	@Inject
	private CellFixes fixes;

	@Inject
	private DiagnosedCell cells;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (!(options.getResource() instanceof XtextResource resource) || options.getDocument() == null
				|| options.getCodeActionParams() == null) {
			return actions;
		}
		Document document = options.getDocument();
		var context = options.getCodeActionParams().getContext();
		List<Diagnostic> diagnostics = context == null || context.getDiagnostics() == null ? List.of()
				: context.getDiagnostics();
		for (Diagnostic d : diagnostics) {
			String code = code(d);
			if (code == null || d.getRange() == null) {
				continue;
			}
			int offset;
			try {
				offset = document.getOffSet(d.getRange().getStart());
			} catch (IndexOutOfBoundsException e) {
				offset = -1; // a range outside the text: only the data can name the cell
			}
			if (SET_CELL.contains(code)) {
				// the cell named by the data (the range may be in other units than ours), else none
				DiagnosedCell.Found found = cells.find(resource, new DiagnosedCell.Claim(datum(d, Finding.DATA_TABLE),
						datum(d, Finding.DATA_ROW), datum(d, Finding.DATA_COLUMN), datum(d, Finding.DATA_ACTUAL)), offset);
				if (found == null) {
					continue;
				}
				// the value in the data is for the cell it names; a cell found by range gets the arithmetic's
				String expected = found.named() ? datum(d, Finding.DATA_EXPECTED) : null;
				Optional<CellFixes.Edit> edit = fixes.setCell(found.cell(), expected);
				edit.ifPresent(e -> actions.add(Either.forRight(action(Phrases.IDE.render("fix.set-cell", e.text()), CodeActionKind.QuickFix,
						options, document, List.of(e), d))));
			} else if (IssueCodes.BAD_VALUE.equals(code)) {
				SeparatorFix.of(document.getContents(), datum(d, 0), offset).ifPresent(e -> actions.add(Either.forRight(
						action(Phrases.IDE.render("fix.separator", e.text()), CodeActionKind.QuickFix, options, document, List.of(e), d))));
			} else if (IssueCodes.LABEL_MISMATCH.equals(code)) {
				fixes.replaceLabel(resource, offset).ifPresent(e -> actions.add(Either.forRight(
						action(Phrases.IDE.render("fix.template-name", e.text()), CodeActionKind.QuickFix, options, document, List.of(e), d))));
			}
		}
		List<String> only = context == null ? null : context.getOnly();
		if (only == null || only.isEmpty() || only.stream().anyMatch(k -> CodeActionKind.Source.startsWith(k)
				|| k.startsWith(CodeActionKind.Source))) {
			List<CellFixes.Edit> autos = fixes.fillAutos(resource);
			if (!autos.isEmpty()) {
				actions.add(Either.forRight(action(Phrases.IDE.render("fix.fill-autos", autos.size()), CodeActionKind.Source,
						options, document, autos, null)));
			}
		}
		return actions;
	}

	private static CodeAction action(String title, String kind, Options options, Document document,
			List<CellFixes.Edit> edits, Diagnostic diagnostic) {
		List<TextEdit> textEdits = new ArrayList<>();
		for (CellFixes.Edit e : edits) {
			Range range = new Range(document.getPosition(e.offset()), document.getPosition(e.offset() + e.length()));
			textEdits.add(new TextEdit(range, e.text()));
		}
		CodeAction action = new CodeAction(title);
		action.setKind(kind);
		if (diagnostic != null) {
			action.setDiagnostics(List.of(diagnostic));
			action.setIsPreferred(true);
		}
		action.setEdit(new WorkspaceEdit(Map.of(uri(options), textEdits)));
		return action;
	}

	/** The document's URI as the client named it. */
	private static String uri(Options options) {
		var params = options.getCodeActionParams();
		if (params != null && params.getTextDocument() != null && params.getTextDocument().getUri() != null) {
			return params.getTextDocument().getUri();
		}
		return options.getURI() != null ? options.getURI() : options.getResource().getURI().toString();
	}

	static String code(Diagnostic d) {
		if (d.getCode() == null) {
			return null;
		}
		return d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}

	/** One datum of the diagnostic: a String[] in process, a JSON array once it crossed the wire. */
	static String datum(Diagnostic d, int index) {
		Object data = d.getData();
		if (data instanceof String[] a) {
			return index < a.length ? a[index] : null;
		}
		if (data instanceof JsonArray a) {
			JsonElement e = index < a.size() ? a.get(index) : null;
			return e == null || e.isJsonNull() ? null : e.getAsString();
		}
		if (data instanceof List<?> l) {
			return index < l.size() && l.get(index) != null ? String.valueOf(l.get(index)) : null;
		}
		return null;
	}
}
