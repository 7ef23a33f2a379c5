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
		List<ContentAssistEntry> inText = narrative.complete(resource, document, caretOffset);
		if (inText == null) {
			super.createProposals(document, selection, caretOffset, resource, acceptor);
			return;
		}
		for (ContentAssistEntry entry : inText) {
			acceptor.accept(entry, 500);
		}
	}
}
