package org.nianbao.ide.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Xtext's workspace manager whose documents are {@link ClampedDocument}s, open or read from disk,
 * and whose initial build is deferred ({@link DeferredInitialBuild}).
 */
public class NianbaoWorkspaceManager extends WorkspaceManager {

	private BuildManager builds;

	@Override
	@Inject
	public void setBuildManager(BuildManager buildManager) {
		super.setBuildManager(buildManager);
		this.builds = buildManager;
	}

	/** Up to {@code max} files of the workspace not built yet (after initialize, all of them). */
	public List<URI> takeUnbuilt(int max) {
		return builds instanceof DeferredInitialBuild deferred ? deferred.takeDeferred(max) : List.of();
	}

	/** Whether files of the workspace are still to build. */
	public boolean hasUnbuilt() {
		return builds instanceof DeferredInitialBuild deferred && deferred.hasDeferred();
	}

	/** Builds none of the files not built yet (the server is shutting down). */
	public void dropUnbuilt() {
		if (builds instanceof DeferredInitialBuild deferred) {
			deferred.dropDeferred();
		}
	}

	/** Called from the super constructor: must not use fields of this class. */
	@Override
	protected Map<URI, Document> createOpenDocuments() {
		return new HashMap<>() {
			private static final long serialVersionUID = 1L;

			@Override
			public Document put(URI uri, Document document) {
				return super.put(uri, ClampedDocument.of(document));
			}
		};
	}

	@Override
	protected Document getDocument(XtextResource resource) {
		return ClampedDocument.of(super.getDocument(resource));
	}
}
