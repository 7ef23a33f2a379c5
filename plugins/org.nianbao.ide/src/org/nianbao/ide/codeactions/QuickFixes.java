package org.nianbao.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * The quick fixes of one diagnostic as plain offset edits, for editors that do not speak LSP (the
 * Eclipse editor). The fixes themselves are the language server's code actions
 * ({@link ICodeActionService2}), so both editors offer exactly the same ones.
 */
public class QuickFixes {

	/** Replace {@code length} characters at {@code offset} with {@code text}. */
	public record Edit(int offset, int length, String text) {
	}

	/** A fix: its label and the edits, all relative to the text it was computed on. */
	public record Fix(String label, List<Edit> edits) {
	}

	/** A diagnostic as stored outside the server (e.g. on an Eclipse marker). */
	public record Problem(String code, int offset, int length, String message, String[] data) {
	}

	@Inject(optional = true)
	private ICodeActionService2 codeActions;

	/** @param text the text the resource was parsed from */
	public List<Fix> fixes(XtextResource resource, String text, Problem problem) {
		List<Fix> result = new ArrayList<>();
		if (codeActions == null) {
			return result;
		}
		Document document = new Document(1, text);
		Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(problem.offset()),
				document.getPosition(problem.offset() + problem.length())), problem.message());
		diagnostic.setCode(problem.code());
		diagnostic.setData(problem.data());
		String uri = resource.getURI().toString();
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(uri);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		for (Either<Command, CodeAction> action : codeActions.getCodeActions(options)) {
			CodeAction a = action.isRight() ? action.getRight() : null;
			if (a == null || a.getEdit() == null || a.getEdit().getChanges() == null) {
				continue;
			}
			// only fixes of this diagnostic, not source actions offered for the whole file
			boolean forThis = a.getDiagnostics() != null && a.getDiagnostics().contains(diagnostic);
			if (!forThis && !CodeActionKind.QuickFix.equals(a.getKind())) {
				continue;
			}
			List<Edit> edits = new ArrayList<>();
			for (Map.Entry<String, List<TextEdit>> change : a.getEdit().getChanges().entrySet()) {
				for (TextEdit e : change.getValue()) {
					int start = document.getOffSet(e.getRange().getStart());
					int end = document.getOffSet(e.getRange().getEnd());
					edits.add(new Edit(start, end - start, e.getNewText()));
				}
			}
			if (!edits.isEmpty()) {
				result.add(new Fix(a.getTitle(), edits));
			}
		}
		return result;
	}
}
