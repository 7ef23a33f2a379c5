package org.nianbao.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.ISourceFolder;

import com.google.inject.Inject;

/**
 * Xtext's build manager without the initial build: Xtext built every file of the workspace inside
 * initialize (2.4 s with large files present), so the client could not even open a document, let
 * alone see its diagnostics, before the whole folder was indexed. Here the files of new projects
 * are only collected; the server builds them afterwards in small chunks
 * ({@link NianbaoLanguageServer}), between which an opened document's build gets its turn.
 */
public class DeferredInitialBuild extends BuildManager {

	@Inject
	private IFileSystemScanner scanner;

	private WorkspaceManager workspace;

	/** Files of projects whose initial build is still to come (guarded by this). */
	private final List<URI> deferred = new ArrayList<>();

	@Override
	public void setWorkspaceManager(WorkspaceManager workspaceManager) {
		super.setWorkspaceManager(workspaceManager);
		this.workspace = workspaceManager;
	}

	@Override
	public List<org.eclipse.xtext.resource.IResourceDescription.Delta> doInitialBuild(List<ProjectDescription> projects,
			CancelIndicator indicator) {
		List<URI> files = new ArrayList<>();
		for (ProjectDescription project : projects) {
			ProjectManager manager = workspace.getProjectManager(project.getName());
			if (manager == null || manager.getProjectConfig() == null) {
				continue;
			}
			// an empty build sets the project's index state and resource set up, as the initial one did
			manager.doBuild(List.of(), List.of(), List.of(), indicator);
			for (ISourceFolder folder : manager.getProjectConfig().getSourceFolders()) {
				files.addAll(folder.getAllResources(scanner));
			}
		}
		synchronized (this) {
			deferred.addAll(files);
		}
		return List.of();
	}

	/** Whether files are still to build. */
	public synchronized boolean hasDeferred() {
		return !deferred.isEmpty();
	}

	/** Forgets the files still to build (the server is shutting down). */
	public synchronized void dropDeferred() {
		deferred.clear();
	}

	/** Takes up to {@code max} of the files still to build (none when all are built). */
	public synchronized List<URI> takeDeferred(int max) {
		List<URI> chunk = new ArrayList<>(deferred.subList(0, Math.min(max, deferred.size())));
		deferred.subList(0, chunk.size()).clear();
		return chunk;
	}
}
