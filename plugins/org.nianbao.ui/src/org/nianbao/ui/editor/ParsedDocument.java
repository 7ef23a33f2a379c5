package org.nianbao.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.ui.NianbaoUi;

/**
 * A text parsed (for an open document, through {@link DocumentModels}, which keeps one per text;
 * {@link #parse} reads a file afresh, for commands on files that are not open) into a resource set (the library templates come from the
 * runtime, user templates and last year's report ({@code 上年}) from the other `.nianbao` files of the
 * same folder, as in the CLI, or from the path {@code 上年 "…"} names).
 *
 * @param file null when the document is not a workspace file
 */
public record ParsedDocument(IFile file, String text, XtextResource resource) {

	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IPath location = buffer == null ? null : buffer.getLocation();
		if (location == null) {
			return null;
		}
		IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(location);
		return r instanceof IFile f ? f : null;
	}

	public static ParsedDocument parse(IFile file, String text) {
		XtextResourceSet rs = NianbaoUi.getDefault().getInjector().getInstance(XtextResourceSet.class);
		XtextResource resource = load(rs, uriOf(file), text);
		if (file != null) {
			loadSiblings(rs, file);
		}
		return new ParsedDocument(file, text, resource);
	}

	/** The file's URI in a resource set: its location on disk; for a document that is no file on disk, one in memory. */
	public static URI uriOf(IFile file) {
		return file != null && file.getLocation() != null ? URI.createFileURI(file.getLocation().toOSString())
				: URI.createURI("inmemory:/document.nianbao");
	}

	/** The folder's `.nianbao` files that are on disk (the files a report may find its template among). */
	public static List<IFile> nianbaoFiles(IContainer folder) throws CoreException {
		List<IFile> found = new ArrayList<>();
		for (IResource member : folder.members()) {
			if (member instanceof IFile f && "nianbao".equals(f.getFileExtension()) && f.getLocation() != null) {
				found.add(f);
			}
		}
		return found;
	}

	/** A new resource of the set, parsed from the text (not linked yet). */
	public static XtextResource load(XtextResourceSet rs, URI uri, String text) {
		XtextResource resource = (XtextResource) rs.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	/** Other files of the folder, so a report can name a template written beside it. */
	private static void loadSiblings(XtextResourceSet rs, IFile file) {
		IContainer folder = file.getParent();
		try {
			for (IFile sibling : nianbaoFiles(folder)) {
				if (!sibling.equals(file)) {
					rs.getResource(uriOf(sibling), true);
				}
			}
		} catch (CoreException | RuntimeException e) {
			// an unreadable sibling only means its templates are unknown; the diagnostics will say so
		}
	}
}
