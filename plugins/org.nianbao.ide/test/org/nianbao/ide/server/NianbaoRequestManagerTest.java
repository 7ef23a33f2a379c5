package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which requests a write cancels, and what a cancelled read answers. */
class NianbaoRequestManagerTest {

	final NianbaoRequestManager requests = new NianbaoRequestManager(Executors.newCachedThreadPool(),
			new OperationCanceledManager());
	final List<String> order = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		requests.shutdown();
	}

	/** A read that starts, then waits for the latch and checks whether it was cancelled. */
	CompletableFuture<String> blockedRead(CountDownLatch started, CountDownLatch release) {
		return requests.runRead(cancel -> {
			started.countDown();
			await(release);
			if (cancel.isCanceled()) {
				throw new CancellationException();
			}
			order.add("read");
			return "answer";
		});
	}

	/** A write (after pending) that has started and waits for the latch: requests after it wait in the queue. */
	CompletableFuture<Object> slowWrite(CountDownLatch started, CountDownLatch release) {
		CompletableFuture<Object> write = requests.runWriteAfterPending(() -> {
			started.countDown();
			await(release);
			return null;
		}, (cancel, x) -> null);
		await(started);
		return write;
	}

	static void await(CountDownLatch latch) {
		try {
			assertTrue(latch.await(30, TimeUnit.SECONDS));
		} catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aWriteAfterPendingLetsTheRunningReadFinishAndRunsAfterIt() throws Exception {
		CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
		CompletableFuture<String> read = blockedRead(started, release);
		await(started);
		CompletableFuture<String> write = requests.runWriteAfterPending(() -> order.add("write"), (cancel, x) -> "built");
		// the write waits for the read
		assertThrows(java.util.concurrent.TimeoutException.class, () -> write.get(200, TimeUnit.MILLISECONDS));
		release.countDown();
		assertEquals("answer", read.get(30, TimeUnit.SECONDS));
		assertEquals("built", write.get(30, TimeUnit.SECONDS));
		assertEquals(List.of("read", "write"), order);
	}

	@Test
	void aReadQueuedBeforeAWriteAfterPendingIsAnswered() throws Exception {
		CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
		// a slow write first, so that the read below waits in the queue
		CompletableFuture<Object> first = slowWrite(started, release);
		CompletableFuture<String> read = requests.runRead(cancel -> "answer");
		CompletableFuture<Object> second = requests.runWriteAfterPending(() -> null, (cancel, x) -> null);
		release.countDown();
		assertEquals("answer", read.get(30, TimeUnit.SECONDS));
		second.get(30, TimeUnit.SECONDS);
		assertFalse(first.isCancelled());
	}

	@Test
	void aReadAnEditCancelsIsContentModified() throws Exception {
		CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
		CompletableFuture<String> read = blockedRead(started, release);
		await(started);
		CompletableFuture<Object> edit = requests.runWrite(() -> null, (cancel, x) -> null);
		release.countDown();
		ExecutionException e = assertThrows(ExecutionException.class, () -> read.get(30, TimeUnit.SECONDS));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
		assertEquals(ResponseErrorCode.ContentModified.getValue(), error.getResponseError().getCode());
		edit.get(30, TimeUnit.SECONDS);

		// also a read still queued when the edit came (behind a slow write)
		CountDownLatch busy = new CountDownLatch(1), done = new CountDownLatch(1);
		slowWrite(busy, done);
		CompletableFuture<String> queued = requests.runRead(cancel -> "answer");
		requests.runWrite(() -> null, (cancel, x) -> null);
		done.countDown();
		e = assertThrows(ExecutionException.class, () -> queued.get(30, TimeUnit.SECONDS));
		assertEquals(ResponseErrorCode.ContentModified.getValue(),
				assertInstanceOf(ResponseErrorException.class, e.getCause()).getResponseError().getCode());
	}

	/** Done requests are forgotten: a session of opens and reads without an edit keeps no answers. */
	@Test
	void doneRequestsAreNotKept() throws Exception {
		for (int i = 0; i < 50; i++) {
			requests.runWriteAfterPending(() -> null, (cancel, x) -> null).get(30, TimeUnit.SECONDS);
			requests.runRead(cancel -> "answer").get(30, TimeUnit.SECONDS);
		}
		CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
		CompletableFuture<String> running = blockedRead(started, release);
		await(started);
		assertEquals(1, requests.tracked());
		release.countDown();
		assertEquals("answer", running.get(30, TimeUnit.SECONDS));
	}

	@Test
	void aReadTheClientCancelsIsCancelledAndStops() throws Exception {
		CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
		CompletableFuture<String> read = blockedRead(started, release);
		await(started);
		// what LSP4J does on $/cancelRequest: it then answers RequestCancelled
		assertTrue(read.cancel(true));
		assertTrue(read.isCancelled());
		release.countDown();
		// the read saw its cancellation: a write after it runs, and the read added nothing
		requests.runWriteAfterPending(() -> order.add("write"), (cancel, x) -> null).get(30, TimeUnit.SECONDS);
		assertEquals(List.of("write"), order);
	}
}
