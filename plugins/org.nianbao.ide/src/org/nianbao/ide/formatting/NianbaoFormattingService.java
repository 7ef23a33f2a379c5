package org.nianbao.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.formatting2.SourceFormatter;

import com.google.inject.Inject;

/**
 * Formatting through the language server is `nianbao fmt`: the whole document becomes what
 * {@link SourceFormatter} (the CLI's formatter) makes of it, as one minimal edit ({@link TextDiff}).
 * The editor's FormattingOptions (tab size, tabs or spaces) are ignored on purpose: following them
 * produced text that `nianbao fmt --check` rejects; the indentation lives in the project's settings
 * ({@code .editorconfig}, the runtime's formatter preferences) for the CLI and every editor alike.
 * A document with syntax errors is not formatted (its text could be lost), as in the CLI.
 */
public class NianbaoFormattingService extends FormattingService {

	@Inject
	private SourceFormatter formatter;

	@Inject
	@FormatterPreferences
	private IPreferenceValuesProvider preferences;

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
			CancelIndicator cancelIndicator) {
		if (!formattable(document, resource)) {
			return List.of();
		}
		return TextDiff.edits(document, formatter.format(resource));
	}

	/**
	 * A range gets the whole document's formatting where it touches the range: the whitespace
	 * before its first token too (Xtext's own range formatting leaves a replacement that starts
	 * before the range, such as a line's indentation, alone).
	 */
	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource,
			DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
		if (!formattable(document, resource) || params.getRange() == null) {
			return List.of();
		}
		ITextRegion region = document.getTextRegion(params.getRange());
		List<TextEdit> edits = new ArrayList<>();
		for (ITextReplacement r : format2(resource, null,
				TypedPreferenceValues.castOrWrap(preferences.getPreferenceValues(resource)))) {
			boolean touches = r.getEndOffset() >= region.getOffset() && r.getOffset() <= region.getOffset() + region.getLength();
			String old = document.getContents().substring(r.getOffset(), r.getEndOffset());
			if (touches && !old.equals(r.getReplacementText())) {
				edits.add(toTextEdit(document, r.getReplacementText(), r.getOffset(), r.getLength()));
			}
		}
		return edits;
	}

	private static boolean formattable(Document document, XtextResource resource) {
		return document != null && resource != null && resource.getParseResult() != null
				&& resource.getErrors().isEmpty() && !document.getContents().isEmpty()
				// the resource must be the parse of this very text (no edit computed on a stale model)
				&& resource.getParseResult().getRootNode().getText().equals(document.getContents());
	}
}
