package org.nianbao.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.validation.Finding;

/**
 * Xtext's language server with the diagnostic codes the CLI prints (syntax and linking issues
 * become NB001/NB002 as in {@link Finding#of}), so a code means the same in every tool, and code
 * actions computed on the parsed document.
 */
public class NianbaoLanguageServer extends LanguageServerImpl {

	/** Shown to clients as the diagnostics' source. */
	public static final String SOURCE = "nianbao";

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(Finding.of("", issue).code());
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}

	/**
	 * Xtext hands the code action service only the URI; Nianbao's fixes work on the document and
	 * its parsed resource, so the service runs inside a read of the current (open) document.
	 */
	@Override
	protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		IResourceServiceProvider provider = getResourceServiceProvider(uri);
		ICodeActionService2 service = provider == null ? null : provider.get(ICodeActionService2.class);
		if (service == null) {
			return List.of();
		}
		return getWorkspaceManager().doRead(uri, (document, resource) -> {
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setURI(params.getTextDocument().getUri());
			options.setDocument(document);
			options.setResource(resource);
			options.setLanguageServerAccess(getLanguageServerAccess());
			options.setCodeActionParams(params);
			options.setCancelIndicator(cancelIndicator);
			return service.getCodeActions(options);
		});
	}
}
