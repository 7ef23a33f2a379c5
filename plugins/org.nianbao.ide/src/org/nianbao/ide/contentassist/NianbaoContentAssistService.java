package org.nianbao.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/** LSP adapter: inside narrative text only cell references are proposed, elsewhere the grammar's. */
public class NianbaoContentAssistService extends ContentAssistService {

	@Inject
	private NarrativeCompletion narrative;

	@Override
	protected void createProposals(String document, TextRegion selection, int caretOffset, XtextResource resource,
			IIdeContentProposalAcceptor acceptor) {
		List<ContentAssistEntry> inText = narrative.complete(resource, caretOffset);
		if (inText == null) {
			super.createProposals(document, selection, caretOffset, resource, acceptor);
			return;
		}
		// in the template's order (the acceptor sorts by priority, then by text)
		for (int i = 0; i < inText.size(); i++) {
			acceptor.accept(inText.get(i), 1000 + inText.size() - i);
		}
	}
}
