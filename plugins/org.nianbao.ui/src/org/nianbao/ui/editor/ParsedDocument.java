package org.nianbao.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
 * A document's current text parsed into a fresh resource set (the library templates come from the
 * runtime, user templates from the other `.nianbao` files of the same folder, as in the CLI).
 * {@link #parse(IDocument)} parses each version of an open document once: validation, hover,
 * completion, folding and the outline share that model until the next edit.
 *
 * @param file null when the document is not a workspace file
 */
public record ParsedDocument(IFile file, String text, XtextResource resource) {

	/** The last parse of each open document, with the document's modification stamp it was made at. */
	private record Version(long stamp, ParsedDocument parsed) {
	}

	private static final java.util.Map<IDocument, Version> VERSIONS = java.util.Collections
			.synchronizedMap(new java.util.WeakHashMap<>());

	/** How many times a document's text was parsed (for the tests: requests share one parse per version). */
	private static final java.util.concurrent.atomic.AtomicLong PARSES = new java.util.concurrent.atomic.AtomicLong();

	public static long parses() {
		return PARSES.get();
	}

	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IPath location = buffer == null ? null : buffer.getLocation();
		if (location == null) {
			return null;
		}
		IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(location);
		return r instanceof IFile f ? f : null;
	}

	/**
	 * Runs the reader on the document's current parse, alone: the services that share a parse
	 * (validation in the background, hover and completion on the UI thread) take turns on it.
	 */
	public static <T> T read(IDocument document, java.util.function.Function<ParsedDocument, T> reader) {
		ParsedDocument parsed = parse(document);
		synchronized (parsed) {
			return reader.apply(parsed);
		}
	}

	/** The document's current version, parsed once per version (modification stamp); see {@link #read}. */
	public static ParsedDocument parse(IDocument document) {
		long stamp = document instanceof org.eclipse.jface.text.IDocumentExtension4 d ? d.getModificationStamp()
				: org.eclipse.jface.text.IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		Version known = VERSIONS.get(document);
		String text = document.get();
		if (known != null && known.stamp() == stamp && known.parsed().text().equals(text)) {
			return known.parsed();
		}
		ParsedDocument parsed = parse(fileOf(document), text);
		VERSIONS.put(document, new Version(stamp, parsed));
		return parsed;
	}

	public static ParsedDocument parse(IFile file, String text) {
		XtextResourceSet rs = NianbaoUi.getDefault().getInjector().getInstance(XtextResourceSet.class);
		URI uri = file != null && file.getLocation() != null ? URI.createFileURI(file.getLocation().toOSString())
				: URI.createURI("inmemory:/document.nianbao");
		XtextResource resource = (XtextResource) rs.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		if (file != null) {
			loadSiblings(rs, file);
		}
		// every link resolved now: the services that share this model only read it, from any thread
		org.eclipse.xtext.EcoreUtil2.resolveLazyCrossReferences(resource, org.eclipse.xtext.util.CancelIndicator.NullImpl);
		PARSES.incrementAndGet();
		return new ParsedDocument(file, text, resource);
	}

	/** Other files of the folder, so a report can name a template written beside it. */
	private static void loadSiblings(XtextResourceSet rs, IFile file) {
		IContainer folder = file.getParent();
		try {
			for (IResource member : folder.members()) {
				if (member instanceof IFile sibling && !sibling.equals(file) && "nianbao".equals(sibling.getFileExtension())
						&& sibling.getLocation() != null) {
					rs.getResource(URI.createFileURI(sibling.getLocation().toOSString()), true);
				}
			}
		} catch (CoreException | RuntimeException e) {
			// an unreadable sibling only means its templates are unknown; the diagnostics will say so
		}
	}
}
