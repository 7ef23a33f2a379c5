package org.nianbao.ide.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.validation.Finding;

/**
 * Xtext's language server with the diagnostic codes the CLI prints (syntax and linking issues
 * become NB001/NB002 as in {@link Finding#of}), so a code means the same in every tool.
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
}
