package org.nianbao.ui.editor;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.nianbao.ide.contentassist.Completions;
import org.nianbao.ui.NianbaoUi;

/** Content assist from the ide module's {@link Completions} (the same proposals as the server). */
public class NianbaoContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		Completions completions = NianbaoUi.getDefault().getInjector().getInstance(Completions.class);
		List<ContentAssistEntry> entries = DocumentModels.read(viewer.getDocument(),
				parsed -> completions.complete(parsed.resource(), parsed.text(), offset));
		return entries.stream().map(e -> proposal(e, offset)).toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal proposal(ContentAssistEntry e, int offset) {
		String prefix = e.getPrefix() == null ? "" : e.getPrefix();
		String label = e.getLabel() != null ? e.getLabel() : e.getProposal();
		String display = e.getDescription() == null ? label : label + " — " + e.getDescription();
		return new CompletionProposal(e.getProposal(), offset - prefix.length(), prefix.length(),
				e.getProposal().length(), null, display, null, e.getDocumentation());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '{', '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
