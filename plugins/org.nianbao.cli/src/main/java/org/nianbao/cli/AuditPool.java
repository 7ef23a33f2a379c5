package org.nianbao.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.nianbao.scoping.LibraryGlobalScopeProvider;

/**
 * The audit's workers: a fixed number of threads, each with its own copy of the national templates
 * (parsed once per worker, shared with no other thread), working through the inputs a few at a time.
 * Results are handed to the caller's thread in input order, whatever order they finish in, and only
 * a bounded window of them is ever pending: memory does not grow with the number of inputs.
 */
final class AuditPool implements AutoCloseable {

	/** Work for one input, by its index; runs on a worker. */
	interface Task<T> {
		T run(int index);
	}

	/** Takes one input's result, on the caller's thread, in input order. */
	interface Sink<T> {
		void accept(int index, T result);
	}

	/** Inputs in flight per worker: enough that a slow one does not idle the others. */
	private static final int WINDOW_PER_WORKER = 4;

	private final int jobs;
	private final ExecutorService workers;

	AuditPool(int jobs) {
		if (jobs < 1) {
			throw new UserError("--jobs 须为正整数 (--jobs must be at least 1)");
		}
		this.jobs = jobs;
		AtomicInteger n = new AtomicInteger();
		LibraryGlobalScopeProvider library = library();
		ThreadFactory factory = r -> {
			Thread t = new Thread(() -> {
				if (library != null) {
					library.ownLibraryOnThisThread();
				}
				r.run();
			}, "nianbao-audit-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
		this.workers = Executors.newFixedThreadPool(jobs, factory);
	}

	/** Every core: import and validation are CPU-bound. */
	static int defaultJobs() {
		return Math.max(1, Runtime.getRuntime().availableProcessors());
	}

	private static LibraryGlobalScopeProvider library() {
		return Workspace.injector().getInstance(IGlobalScopeProvider.class) instanceof LibraryGlobalScopeProvider l ? l : null;
	}

	/** Runs {@code task} for indexes 0..count-1 and gives each result to {@code sink} in order. */
	<T> void run(int count, Task<T> task, Sink<T> sink) {
		Deque<Future<T>> pending = new ArrayDeque<>();
		int window = jobs * WINDOW_PER_WORKER;
		int next = 0;
		for (int done = 0; done < count; done++) {
			while (next < count && pending.size() < window) {
				int index = next++;
				pending.add(workers.submit(() -> task.run(index)));
			}
			sink.accept(done, take(pending.poll()));
		}
	}

	private static <T> T take(Future<T> f) {
		try {
			return f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	@Override
	public void close() {
		workers.shutdownNow();
	}
}
