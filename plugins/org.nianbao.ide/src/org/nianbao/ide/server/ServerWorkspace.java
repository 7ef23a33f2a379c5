package org.nianbao.ide.server;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiFunction;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.ide.references.CellReferences;

/**
 * The files of the server's workspace as {@link CellReferences} reads them, inside a request: the
 * index says which files name a resource, the workspace manager reads them (open documents as
 * edited, the others as saved).
 */
final class ServerWorkspace implements CellReferences.Workspace {
	private final WorkspaceManager manager;
	private final UriExtensions uris;

	ServerWorkspace(WorkspaceManager manager, UriExtensions uris) {
		this.manager = manager;
		this.uris = uris;
	}

	/** Whether the workspace holds the resource (a library template is not one of its files). */
	boolean contains(URI resource) {
		return manager.getIndex().getResourceDescription(resource) != null;
	}

	@Override
	public Iterable<URI> filesNaming(URI resource) {
		Set<URI> files = new LinkedHashSet<>();
		if (contains(resource)) {
			files.add(resource);
		}
		for (IResourceDescription d : manager.getIndex().getAllResourceDescriptions()) {
			for (IReferenceDescription r : d.getReferenceDescriptions()) {
				if (r.getTargetEObjectUri() != null && resource.equals(r.getTargetEObjectUri().trimFragment())) {
					files.add(d.getURI());
					break;
				}
			}
		}
		return files;
	}

	@Override
	public <T> T read(URI uri, BiFunction<Document, XtextResource, T> reader) {
		if (!contains(uri)) {
			return null;
		}
		return manager.doRead(uri, (document, resource) -> document == null || resource == null ? null
				: reader.apply(document, resource));
	}

	@Override
	public String toClient(URI uri) {
		return uris.toUriString(uri);
	}
}
