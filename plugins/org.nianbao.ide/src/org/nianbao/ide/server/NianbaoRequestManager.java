package org.nianbao.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.concurrent.AbstractRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.ide.server.concurrent.WriteRequest;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function1;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager with two changes a client can see.
 * <ul>
 * <li>{@link #runWriteAfterPending}: a write that waits for the requests before it instead of
 * cancelling them. Xtext's {@link #runWrite} cancels every request submitted since the last write;
 * the workspace's deferred build ({@link DeferredInitialBuild}) runs as a write per chunk, so every
 * hover, inlay-hint or completion request that arrived during the build was cancelled when the
 * next chunk was queued, and VS Code, which does not ask again, showed nothing.</li>
 * <li>A read that a write does cancel (an edit makes its answer stale) is answered -32801
 * ContentModified, as LSP 3.17 says for this case; Xtext's cancelled future went out as -32800
 * RequestCancelled, which a client takes for its own cancellation. A read the client cancels
 * ($/cancelRequest) is still RequestCancelled.</li>
 * </ul>
 */
@Singleton
public class NianbaoRequestManager extends RequestManager {

	/** Sent with ContentModified. */
	static final String CONTENT_MODIFIED = "文档已修改，请重新请求 (content modified: a later change made the answer stale)";

	/**
	 * The requests not done yet that the next {@link #runWrite} cancels and waits for: those submitted
	 * since the last such write (guarded by this). Xtext's own list kept the done ones too, with their
	 * results, until the next edit: with writes that cancel nothing, it would grow with every didOpen
	 * and every chunk of the initial build; this one forgets what is done.
	 */
	private List<AbstractRequest<?>> toCancel = new ArrayList<>();

	/** The requests not done yet submitted since the last write of either kind, that write included (guarded by this). */
	private List<AbstractRequest<?>> sinceLastWrite = new ArrayList<>();

	@Inject
	public NianbaoRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
		super(parallel, operationCanceledManager);
	}

	/**
	 * The read's answer; if a write cancels it, ContentModified. Cancelling the returned future (the
	 * client's $/cancelRequest) cancels the read and answers RequestCancelled.
	 */
	@Override
	public synchronized <V> CompletableFuture<V> runRead(Function1<? super CancelIndicator, ? extends V> cancellable) {
		CompletableFuture<V> read = super.runRead(cancellable);
		CompletableFuture<V> answer = new CompletableFuture<>() {
			@Override
			public boolean cancel(boolean mayInterruptIfRunning) {
				read.cancel(mayInterruptIfRunning);
				return super.cancel(mayInterruptIfRunning);
			}
		};
		read.whenComplete((value, failure) -> {
			if (failure == null) {
				answer.complete(value);
			} else if (unwrap(failure) instanceof CancellationException) {
				// not the client's cancellation: that one completed the answer already
				answer.completeExceptionally(new ResponseErrorException(
						new ResponseError(ResponseErrorCode.ContentModified, CONTENT_MODIFIED, null)));
			} else {
				answer.completeExceptionally(failure);
			}
		});
		return answer;
	}

	/**
	 * A write that runs once every request submitted before it is done, cancelling none of them (a
	 * later {@link #runWrite} may still cancel it, as any request: its non-cancellable part runs all
	 * the same).
	 */
	public synchronized <U, V> CompletableFuture<V> runWriteAfterPending(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
		CompletableFuture<?>[] pending = sinceLastWrite.stream().map(AbstractRequest::get).toArray(CompletableFuture[]::new);
		sinceLastWrite = new ArrayList<>();
		return submit(new WriteRequest<>(this, nonCancellable, cancellable, CompletableFuture.allOf(pending)));
	}

	/**
	 * What Xtext's cancelling write does first, on this manager's list: cancels the requests since the
	 * last such write and returns what completes when they are all done.
	 */
	@Override
	protected synchronized CompletableFuture<Void> cancel() {
		List<AbstractRequest<?>> cancelled = toCancel;
		toCancel = new ArrayList<>();
		sinceLastWrite = new ArrayList<>();
		for (AbstractRequest<?> request : cancelled) {
			request.cancel();
		}
		return CompletableFuture.allOf(cancelled.stream().map(AbstractRequest::get).toArray(CompletableFuture[]::new));
	}

	/** Tracked here, not in Xtext's list (which {@link #cancel} no longer reads). */
	@Override
	protected void addRequest(AbstractRequest<?> request) {
		toCancel.removeIf(r -> r.get().isDone());
		sinceLastWrite.removeIf(r -> r.get().isDone());
		toCancel.add(request);
		sinceLastWrite.add(request);
	}

	/** How many requests the next cancelling write would cancel or wait for (for tests). */
	synchronized int tracked() {
		return toCancel.size();
	}

	private static Throwable unwrap(Throwable t) {
		return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
	}
}
