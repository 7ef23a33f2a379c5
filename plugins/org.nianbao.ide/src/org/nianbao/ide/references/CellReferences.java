package org.nianbao.ide.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.ide.references.NameOccurrences.Occurrence;

import com.google.inject.Inject;

/**
 * Definition, references and rename of a template's tables, rows and columns across the files
 * the server knows: the template's declarations and formulas, the reports' row keys and table
 * names, and the paths in narrative text and template facts ({@link NameOccurrences}).
 */
public class CellReferences {

	/** The files a request may read, as the language server holds them (open documents as edited). */
	public interface Workspace {
		/** Files that may name the target's resource (the target's own included). */
		Iterable<URI> filesNaming(URI resource);

		/** Reads a file; null when the workspace does not know it. */
		<T> T read(URI uri, BiFunction<Document, XtextResource, T> reader);

		/** The URI as the client spells it. */
		String toClient(URI uri);
	}

	/** A name the grammar's ID terminal reads (a new name must be one). */
	private static final Pattern ID = Pattern
			.compile("[a-zA-Z_\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff][a-zA-Z_0-9\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]*");

	@Inject
	private NameOccurrences occurrences;

	/** The table, row or column named at the offset (declaration or use), or null. */
	public URI targetAt(XtextResource resource, int offset) {
		Occurrence o = occurrences.at(resource, offset);
		return o == null ? null : EcoreUtil.getURI(o.target());
	}

	/** The range of the name at the offset, for prepareRename; null when nothing renameable is there. */
	public Range nameAt(Document document, XtextResource resource, int offset) {
		Occurrence o = occurrences.at(resource, offset);
		return o == null ? null : range(document, o);
	}

	/** Where the target is declared. */
	public List<Location> definition(Workspace workspace, URI target) {
		return find(workspace, target, true, false);
	}

	/** Every use of the target in the workspace, and its declaration if asked. */
	public List<Location> references(Workspace workspace, URI target, boolean includeDeclaration) {
		return find(workspace, target, includeDeclaration, true);
	}

	/**
	 * The edits that rename the target in every file the workspace knows.
	 *
	 * @throws IllegalArgumentException when the new name is not a name, or would change what another
	 *                                  name means ({@link NameClash}; message in Chinese)
	 */
	public WorkspaceEdit rename(Workspace workspace, URI target, String newName) {
		if (newName == null || !ID.matcher(newName).matches()) {
			throw new IllegalArgumentException("“" + newName + "”不是合法的名称：须以汉字、字母或下划线开头，只含汉字、字母、数字和下划线");
		}
		String clash = workspace.read(target.trimFragment(), (document, resource) -> {
			EObject declared = resource.getEObject(target.fragment());
			return declared == null ? "此处没有可重命名的表、行或列" : NameClash.of(declared, newName);
		});
		if (clash != null) {
			throw new IllegalArgumentException(clash);
		}
		Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
		for (URI uri : workspace.filesNaming(target.trimFragment())) {
			List<TextEdit> edits = workspace.read(uri, (document, resource) -> {
				List<TextEdit> e = new ArrayList<>();
				for (Occurrence o : matching(resource, target, true, true)) {
					e.add(new TextEdit(range(document, o), newName));
				}
				return e;
			});
			if (edits != null && !edits.isEmpty()) {
				changes.put(workspace.toClient(uri), edits);
			}
		}
		return new WorkspaceEdit(changes);
	}

	private List<Location> find(Workspace workspace, URI target, boolean declarations, boolean uses) {
		List<Location> found = new ArrayList<>();
		Iterable<URI> files = uses ? workspace.filesNaming(target.trimFragment()) : List.of(target.trimFragment());
		for (URI uri : files) {
			List<Location> here = workspace.read(uri, (document, resource) -> {
				List<Location> l = new ArrayList<>();
				for (Occurrence o : matching(resource, target, declarations, uses)) {
					l.add(new Location(workspace.toClient(uri), range(document, o)));
				}
				return l;
			});
			if (here != null) {
				found.addAll(here);
			}
		}
		return found;
	}

	private List<Occurrence> matching(XtextResource resource, URI target, boolean declarations, boolean uses) {
		List<Occurrence> found = new ArrayList<>();
		for (Occurrence o : occurrences.all(resource)) {
			if ((o.declaration() ? declarations : uses) && target.equals(uriOf(o.target()))) {
				found.add(o);
			}
		}
		found.sort(Comparator.comparingInt(Occurrence::offset));
		return found;
	}

	private static URI uriOf(EObject target) {
		return EcoreUtil.getURI(target);
	}

	private static Range range(Document document, Occurrence o) {
		return new Range(document.getPosition(o.offset()), document.getPosition(o.offset() + o.length()));
	}
}
