package org.nianbao.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Completion at an offset without any editor framework: narrative cell references inside `{…}`,
 * the grammar's proposals elsewhere. The Eclipse editor calls this; the language server reaches the
 * same providers through {@link NianbaoContentAssistService}.
 */
public class Completions {

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private ExecutorService executor;

	@Inject
	private IdeContentProposalProvider proposals;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	@Inject
	private NarrativeCompletion narrative;

	/** @param text the resource's current text (the resource must have been parsed from it) */
	public List<ContentAssistEntry> complete(XtextResource resource, String text, int offset) {
		List<ContentAssistEntry> inText = narrative.complete(resource, offset);
		if (inText != null) {
			return inText;
		}
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(executor);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposals.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> result = new ArrayList<>();
		acceptor.getEntries().forEach(result::add);
		return result;
	}
}
