package org.nianbao.ide.server;

import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.ide.semantictokens.NianbaoSemanticTokensService;
import org.nianbao.scoping.NianbaoResourceSet;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/** Xtext's server wiring with Nianbao's server and a resource set that reads the library templates. */
public final class NianbaoServerModule {
	private NianbaoServerModule() {
	}

	/** @param onExit what the LSP `exit` notification does (end the process, or close a connection) */
	public static Module create(Runnable onExit) {
		return Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(LanguageServer.class).to(NianbaoLanguageServer.class);
				bind(ILanguageServerShutdownAndExitHandler.class).toInstance(new ILanguageServerShutdownAndExitHandler() {
					@Override
					public void shutdown() {
					}

					@Override
					public void exit() {
						onExit.run();
					}
				});
				// Workspace resource sets must resolve classpath:/ URIs into the runtime's templates.
				bind(XtextResourceSet.class).to(NianbaoResourceSet.class);
				// documents that clamp the positions clients send (never an IndexOutOfBounds with the text)
				bind(WorkspaceManager.class).to(NianbaoWorkspaceManager.class);
				// the workspace is built after initialize, in chunks: an opened document goes first
				bind(BuildManager.class).to(DeferredInitialBuild.class);
				// unsaved documents (untitled:Untitled-1) are Nianbao documents too
				bind(UriExtensions.class).to(UntitledUris.class);
				// reads during the deferred build are answered; a read an edit cancels is ContentModified
				bind(org.eclipse.xtext.ide.server.concurrent.IRequestManager.class).to(NianbaoRequestManager.class);
				// semantic tokens with real data (rows, columns, cells by kind) and a legend of their own
				bind(SemanticTokensService.class).to(NianbaoSemanticTokensService.class);
			}
		});
	}
}
