package org.nianbao.ui.references;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.ide.references.CellReferences;
import org.nianbao.library.Library;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.editor.ParsedDocument;

/**
 * The `.nianbao` files of one folder as {@link CellReferences} reads them: a report finds its
 * template among the files beside it (as in the CLI and {@code DocumentModels}), so the files that
 * can name a template's rows are those of its folder. All of them are parsed into one resource set,
 * open documents as edited, the others as saved: every file links against the same text of the
 * template, so a name found in one file is the same object in all of them. Library templates the
 * files name are read from the runtime when asked for (linking keeps them in a set of its own).
 */
public final class FolderWorkspace implements CellReferences.Workspace {

	private final XtextResourceSet resourceSet = NianbaoUi.getDefault().getInjector().getInstance(XtextResourceSet.class);
	private final Map<URI, IFile> files = new LinkedHashMap<>();
	private final Map<URI, String> texts = new LinkedHashMap<>();

	/** Parses the folder's `.nianbao` files and links them. */
	public FolderWorkspace(IContainer folder) throws CoreException {
		for (IFile file : ParsedDocument.nianbaoFiles(folder)) {
			URI uri = ParsedDocument.uriOf(file);
			String text = textOf(file);
			ParsedDocument.load(resourceSet, uri, text);
			files.put(uri, file);
			texts.put(uri, text);
		}
		EcoreUtil.resolveAll(resourceSet);
	}

	/** The file's text as the user sees it: its open document's, else the saved one. */
	public static String textOf(IFile file) throws CoreException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument().get();
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), file.getCharset() == null ? "UTF-8" : file.getCharset());
		} catch (IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("无法读取 " + file.getFullPath(), e));
		}
	}

	/** The folder's file at the URI, or null (a library template, a file elsewhere). */
	public IFile file(URI uri) {
		return files.get(uri.trimFragment());
	}

	/** The text a file of the folder or a library template was parsed from; null when the workspace does not know it. */
	public Document document(URI uri) {
		return read(uri, (document, resource) -> document);
	}

	/** The parsed file. */
	public XtextResource resource(IFile file) {
		return (XtextResource) resourceSet.getResource(ParsedDocument.uriOf(file), false);
	}

	/** The folder's files, the given resource's own first. */
	@Override
	public Iterable<URI> filesNaming(URI resource) {
		java.util.LinkedHashSet<URI> all = new java.util.LinkedHashSet<>();
		if (files.containsKey(resource)) {
			all.add(resource);
		}
		all.addAll(files.keySet());
		return all;
	}

	/** A file of the folder, or a library template (as the runtime holds it). */
	@Override
	public <T> T read(URI uri, BiFunction<Document, XtextResource, T> reader) {
		URI file = uri.trimFragment();
		// the library's templates are linked from a set of their own: read one here from the runtime
		Resource r = resourceSet.getResource(file, Library.isLibrary(file));
		if (!(r instanceof XtextResource resource) || resource.getParseResult() == null) {
			return null;
		}
		String text = texts.containsKey(file) ? texts.get(file) : resource.getParseResult().getRootNode().getText();
		return reader.apply(new Document(1, text), resource);
	}

	@Override
	public String toClient(URI uri) {
		return uri.toString();
	}
}
