package org.nianbao.ide.server;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.nianbao.ide.inlay.NianbaoInlayHints;
import org.nianbao.ide.references.CellReferences;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.validation.Finding;

/**
 * Xtext's language server with the diagnostic codes the CLI prints (syntax and linking issues
 * become NB001/NB002 as in {@link Finding#of}), so a code means the same in every tool, and code
 * actions computed on the parsed document.
 */
public class NianbaoLanguageServer extends LanguageServerImpl {

	/** Shown to clients as the diagnostics' source. */
	public static final String SOURCE = "nianbao";

	/** Whether the workspace is made of the workspaceFolders of initialize rather than of its root. */
	private volatile boolean fromFolders;

	/**
	 * Xtext builds the workspace from rootUri (or rootPath) unless the client declares support for
	 * workspace folders. A client that sent only workspaceFolders (rootUri is deprecated since LSP
	 * 3.6) got a build of a null root: a NullPointerException, answered "Internal error"; one that
	 * sent a root and several folders got only the root built. The folders sent win: all of them;
	 * without folders and without a root the workspace is empty (an open document is still checked,
	 * in Xtext's project for files outside every folder).
	 */
	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		columnNames = InitializationOptions.columnNames(params.getInitializationOptions());
		boolean folders = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty();
		fromFolders = folders || params.getRootUri() == null && params.getRootPath() == null;
		return super.initialize(params);
	}

	/** Whether inlay hints name the columns of long rows (initialization option, off by default). */
	private volatile boolean columnNames;

	@com.google.inject.Inject
	private org.eclipse.xtext.ide.server.UriExtensions uris;

	/** Files built per write request after initialize: an opened document waits for one chunk at most. */
	static final int CHUNK = 8;

	/** The workspace's files are built now, chunk by chunk (initialize only collected them). */
	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		buildUnbuilt();
	}

	@Override
	public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
		super.didChangeWorkspaceFolders(params);
		buildUnbuilt();
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		super.didChangeConfiguration(params);
		buildUnbuilt();
	}

	/**
	 * Builds the next chunk of unbuilt files in a write request and, once it is done, submits the
	 * next: a didOpen that arrives meanwhile is queued before it. The chunk's write waits for the
	 * requests before it and cancels none ({@link NianbaoRequestManager#runWriteAfterPending}): a
	 * hover or inlay-hint request sent during the build is answered between two chunks. The build
	 * runs in the request's non-cancellable part, so a later edit cannot throw a half-built chunk
	 * away; it builds every dirty file, so an edit whose own build a later edit cancelled is built
	 * here.
	 */
	private void buildUnbuilt() {
		if (!(getWorkspaceManager() instanceof NianbaoWorkspaceManager workspace)) {
			return;
		}
		writeAfterPending(() -> {
			List<URI> chunk = new ArrayList<>(workspace.takeUnbuilt(CHUNK));
			// collected at initialize, deleted since: a build of it would fail, and fail every later build
			chunk.removeIf(uri -> uri.isFile() && !new File(uri.toFileString()).exists());
			workspace.didChangeFiles(chunk, List.of()).build(CancelIndicator.NullImpl);
			return null;
		}, (cancel, nothing) -> nothing).whenComplete((nothing, failure) -> {
			// also after a failed chunk (Xtext logs it): each chunk takes files, so this ends
			if (workspace.hasUnbuilt()) {
				buildUnbuilt();
			}
		});
	}

	/** The files not built yet stay unbuilt: a client that shuts the server down wants no more work. */
	@Override
	public CompletableFuture<Object> shutdown() {
		if (getWorkspaceManager() instanceof NianbaoWorkspaceManager workspace) {
			workspace.dropUnbuilt();
		}
		return super.shutdown();
	}

	/**
	 * Opening a document changes no text a pending request was asked about: the requests before it
	 * are answered (on the workspace as it was), not cancelled as Xtext's write would. An editor
	 * restoring several tabs opens them one after another, each with its hover, inlay-hint and
	 * semantic-token requests.
	 */
	@Override
	public void didOpen(org.eclipse.lsp4j.DidOpenTextDocumentParams params) {
		writeAfterPending(() -> toBuildable(params), (cancel, buildable) -> buildable.build(cancel));
	}

	/** A write that lets the requests before it finish ({@link NianbaoRequestManager}), else Xtext's. */
	private <U, V> CompletableFuture<V> writeAfterPending(org.eclipse.xtext.xbase.lib.Functions.Function0<? extends U> write,
			org.eclipse.xtext.xbase.lib.Functions.Function2<? super CancelIndicator, ? super U, ? extends V> then) {
		return getRequestManager() instanceof NianbaoRequestManager requests ? requests.runWriteAfterPending(write, then)
				: getRequestManager().runWrite(write, then);
	}

	/**
	 * Links to last year's report ({@link PreviousReportLinks}) and inlay hints (which Xtext 2.42
	 * does not know), beside Xtext's capabilities.
	 */
	@Override
	protected org.eclipse.lsp4j.ServerCapabilities createServerCapabilities(InitializeParams params) {
		org.eclipse.lsp4j.ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setDocumentLinkProvider(new org.eclipse.lsp4j.DocumentLinkOptions(false));
		capabilities.setInlayHintProvider(true);
		return capabilities;
	}

	@Override
	public CompletableFuture<List<org.eclipse.lsp4j.DocumentLink>> documentLink(org.eclipse.lsp4j.DocumentLinkParams params) {
		URI uri = getURI(params.getTextDocument());
		return getRequestManager().runRead(cancel -> getWorkspaceManager().doRead(uri,
				(document, resource) -> new PreviousReportLinks().links(resource, document)));
	}

	@Override
	protected boolean clientSupportsWorkspaceFolders() {
		return super.clientSupportsWorkspaceFolders() || fromFolders;
	}

	/**
	 * A request no language extension handles is answered -32601 MethodNotFound, as LSP says;
	 * Xtext threw an UnsupportedOperationException, which went out as -32603 with a stack trace.
	 */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!getExtensionProviders().containsKey(method)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
					ResponseErrorCode.MethodNotFound, "Unsupported request method: " + ProtocolErrors.shorten(method), null)));
		}
		return super.request(method, parameter);
	}

	/** The numbers the tools compute, in the text ({@link NianbaoInlayHints}). */
	@Override
	public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
		return getRequestManager().runRead(cancel -> {
			URI uri = getURI(params.getTextDocument());
			NianbaoInlayHints hints = service(uri, NianbaoInlayHints.class);
			return hints == null ? List.<InlayHint>of() : getWorkspaceManager().doRead(uri,
					(document, resource) -> hints.inlayHints(document, resource, params.getRange(), columnNames));
		});
	}

	/**
	 * Tables, rows and columns, including their names in narrative expressions, go to their
	 * declaration ({@link CellReferences}); anything else as Xtext finds it.
	 */
	@Override
	protected List<? extends Location> definition(CancelIndicator cancelIndicator, DefinitionParams params) {
		URI uri = getURI(params);
		CellReferences references = service(uri, CellReferences.class);
		ServerWorkspace workspace = workspace();
		List<Location> found = references == null ? null : getWorkspaceManager().doRead(uri, (document, resource) -> {
			URI target = references.targetAt(resource, document.getOffSet(params.getPosition()));
			return target == null || !workspace.contains(target.trimFragment()) ? null
					: references.definition(workspace, target);
		});
		return found != null ? found : super.definition(cancelIndicator, params);
	}

	@Override
	protected List<? extends Location> references(ReferenceParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params);
		CellReferences references = service(uri, CellReferences.class);
		URI target = references == null ? null : getWorkspaceManager().doRead(uri,
				(document, resource) -> references.targetAt(resource, document.getOffSet(params.getPosition())));
		if (target == null || !workspace().contains(target.trimFragment())) {
			return super.references(params, cancelIndicator);
		}
		boolean declaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
		return references.references(workspace(), target, declaration);
	}

	/**
	 * Renames a table, row or column of a template in the workspace: the template and every file
	 * that names it, narrative expressions included. A library template is not renamed.
	 */
	@Override
	protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		CellReferences references = service(uri, CellReferences.class);
		URI target = references == null ? null : getWorkspaceManager().doRead(uri,
				(document, resource) -> references.targetAt(resource, document.getOffSet(params.getPosition())));
		if (target == null) {
			throw invalid("此处没有可重命名的表、行或列");
		}
		if (!workspace().contains(target.trimFragment())) {
			throw invalid("库中的模板不能重命名：" + ProtocolErrors.shorten(target.trimFragment().toString()));
		}
		try {
			return references.rename(workspace(), target, params.getNewName());
		} catch (IllegalArgumentException e) {
			throw invalid(e.getMessage());
		}
	}

	@Override
	protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params,
			CancelIndicator cancelIndicator) {
		URI uri = getURI(params);
		CellReferences references = service(uri, CellReferences.class);
		Range range = references == null ? null : getWorkspaceManager().doRead(uri, (document, resource) -> {
			int offset = document.getOffSet(params.getPosition());
			URI target = references.targetAt(resource, offset);
			return target == null || !workspace().contains(target.trimFragment()) ? null
					: references.nameAt(document, resource, offset);
		});
		return range == null ? null : Either3.forFirst(range);
	}

	private ServerWorkspace workspace() {
		return new ServerWorkspace(getWorkspaceManager(), uris);
	}

	private <T> T service(URI uri, Class<T> type) {
		IResourceServiceProvider provider = getResourceServiceProvider(uri);
		return provider == null ? null : provider.get(type);
	}

	private static ResponseErrorException invalid(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(Finding.of("", issue).code());
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}

	/**
	 * Xtext hands the code action service only the URI; Nianbao's fixes work on the document and
	 * its parsed resource, so the service runs inside a read of the current (open) document.
	 */
	@Override
	protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		IResourceServiceProvider provider = getResourceServiceProvider(uri);
		ICodeActionService2 service = provider == null ? null : provider.get(ICodeActionService2.class);
		if (service == null) {
			return List.of();
		}
		return getWorkspaceManager().doRead(uri, (document, resource) -> {
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setURI(params.getTextDocument().getUri());
			options.setDocument(document);
			options.setResource(resource);
			options.setLanguageServerAccess(getLanguageServerAccess());
			options.setCodeActionParams(params);
			options.setCancelIndicator(cancelIndicator);
			return service.getCodeActions(options);
		});
	}
}
