package org.nianbao.ide.semantictokens;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The server's semantic tokens are {@link CellTokens}: Xtext advertised the capability with its
 * generic legend but, without a highlighting calculator, always answered no data.
 */
public class NianbaoSemanticTokensService extends SemanticTokensService {

	/** The legend is ours alone: the indices in the data refer to it. */
	@Override
	protected void addTokenTypes() {
		getTokenTypes().addAll(CellTokens.TYPES);
	}

	@Override
	protected void addTokenModifiers() {
		getTokenModifiers().addAll(CellTokens.MODIFIERS);
	}

	@Override
	public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
			CancelIndicator cancelIndicator) {
		if (document == null || resource == null) {
			return new SemanticTokens(java.util.List.of());
		}
		return new SemanticTokens(CellTokens.encode(resource, document.getContents()));
	}
}
