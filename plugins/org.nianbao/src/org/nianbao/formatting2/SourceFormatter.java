package org.nianbao.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed resource and returns the new text; the resource itself is not changed. */
public class SourceFormatter {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	@Inject
	@org.eclipse.xtext.formatting2.FormatterPreferences
	private org.eclipse.xtext.preferences.IPreferenceValuesProvider preferences;

	/** @throws IllegalStateException when the resource has syntax errors: nothing is formatted then */
	public String format(XtextResource resource) {
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException("syntax errors");
		}
		String text = resource.getParseResult().getRootNode().getText();
		boolean anyToken = false;
		for (org.eclipse.xtext.nodemodel.ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden()) {
				anyToken = true;
				break;
			}
		}
		if (!anyToken) {
			// Xtext's region access needs one token that is not whitespace or comment: such a file
			// (empty, or only comments) has nothing to format (found by fuzzing: it threw before)
			return text;
		}
		ITextRegionAccess access = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access);
		request.setPreferences(org.eclipse.xtext.preferences.TypedPreferenceValues.castOrWrap(preferences.getPreferenceValues(resource)));
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}
}
