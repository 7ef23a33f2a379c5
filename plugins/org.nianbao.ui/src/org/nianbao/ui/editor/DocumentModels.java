package org.nianbao.ui.editor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.ui.NianbaoUi;

/**
 * One parsed model per open document and text, shared by validation, hover, completion, folding,
 * the outline and quick fixes: a request on an unchanged document parses nothing. Each document
 * keeps its own resource set in which the other `.nianbao` files of its folder (templates a report
 * names, as in the CLI) stay loaded; one is read again only when its modification stamp changes.
 *
 * A model handed out is a snapshot: a new text gets a new resource, and the old one (its links
 * resolved when it was parsed) stays valid for a request still reading it.
 */
public final class DocumentModels {

	private static final Map<IDocument, Model> MODELS = new WeakHashMap<>();

	/** Sibling files read from disk since start, for tests: unchanged siblings are not read again. */
	private static final AtomicInteger SIBLING_READS = new AtomicInteger();

	private DocumentModels() {
	}

	/** The document's current text, parsed (once per text); to read it, see {@link #read}. */
	public static ParsedDocument of(IDocument document) {
		return read(document, parsed -> parsed);
	}

	/**
	 * Runs a request on the document's current model, one request at a time per document (the
	 * validator, hover and completion share the model's caches, which are not made for concurrent use).
	 */
	public static <T> T read(IDocument document, java.util.function.Function<ParsedDocument, T> request) {
		Model model;
		synchronized (MODELS) {
			model = MODELS.computeIfAbsent(document, d -> new Model());
		}
		IFile file = ParsedDocument.fileOf(document);
		synchronized (model) {
			return request.apply(model.current(file, document.get()));
		}
	}

	public static int siblingReads() {
		return SIBLING_READS.get();
	}

	private static final class Model {
		private final XtextResourceSet resourceSet = NianbaoUi.getDefault().getInjector()
				.getInstance(XtextResourceSet.class);
		private final Map<IFile, Long> siblingStamps = new HashMap<>();
		private ParsedDocument current;

		synchronized ParsedDocument current(IFile file, String text) {
			if (current != null && current.text().equals(text) && java.util.Objects.equals(current.file(), file)) {
				return current;
			}
			if (file != null) {
				refreshSiblings(file);
			}
			URI uri = ParsedDocument.uriOf(file);
			Resource old = resourceSet.getResource(uri, false);
			if (old != null) {
				resourceSet.getResources().remove(old);
			}
			XtextResource resource = ParsedDocument.load(resourceSet, uri, text);
			// resolved now, so the snapshot keeps working after it leaves the resource set
			EcoreUtil.resolveAll(resource);
			current = new ParsedDocument(file, text, resource);
			return current;
		}

		/** Loads new and changed siblings, drops deleted ones; unchanged ones stay as they are. */
		private void refreshSiblings(IFile file) {
			Set<IFile> present = new HashSet<>();
			IContainer folder = file.getParent();
			try {
				for (IFile sibling : ParsedDocument.nianbaoFiles(folder)) {
					if (sibling.equals(file)) {
						continue;
					}
					present.add(sibling);
					long stamp = sibling.getModificationStamp();
					Long known = siblingStamps.get(sibling);
					if (known != null && known == stamp) {
						continue;
					}
					URI uri = ParsedDocument.uriOf(sibling);
					unload(uri);
					SIBLING_READS.incrementAndGet();
					try {
						resourceSet.getResource(uri, true);
					} catch (RuntimeException e) {
						// an unreadable sibling only means its templates are unknown; diagnostics say so
					}
					siblingStamps.put(sibling, stamp);
				}
			} catch (CoreException e) {
				// a folder that cannot be listed offers no templates
			}
			for (IFile gone : new HashSet<>(siblingStamps.keySet())) {
				if (!present.contains(gone)) {
					siblingStamps.remove(gone);
					if (gone.getLocation() != null) {
						unload(ParsedDocument.uriOf(gone));
					}
				}
			}
		}

		private void unload(URI uri) {
			Resource r = resourceSet.getResource(uri, false);
			if (r != null) {
				resourceSet.getResources().remove(r);
			}
		}
	}
}
