package org.nianbao.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.cli.Workspace;
import org.nianbao.validation.Finding;

import com.google.inject.Injector;

/**
 * Shared support of the fuzz properties: the injector, the seed texts (examples, imported seeds,
 * published seeds), running one input with a time bound, and saving an input that failed so it
 * can be replayed ({@code target/fuzz-failures/}).
 */
final class Fuzz {
	private Fuzz() {
	}

	/** Time allowed for one input (parse, link, validate, format): far above the ~10 ms it takes. */
	static final long BOUND_SECONDS = 30;

	private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "fuzz-input");
		t.setDaemon(true);
		return t;
	});

	private static final AtomicLong COUNTER = new AtomicLong();

	/** Inputs run per kind of check, printed when the JVM ends: the evidence of how much was fuzzed. */
	private static final java.util.Map<String, AtomicLong> INPUTS = new java.util.concurrent.ConcurrentSkipListMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fuzz inputs run: " + INPUTS)));
	}

	static Injector injector() {
		return Workspace.injector();
	}

	static Path root() {
		String root = System.getProperty("nianbao.root");
		return (root != null ? Paths.get(root) : Paths.get("../..")).toAbsolutePath().normalize();
	}

	static List<Path> files(String dir, String suffix) {
		try (Stream<Path> s = Files.list(root().resolve(dir))) {
			return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static String read(Path p) {
		try {
			return Files.readString(p, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The hand-written and the imported examples: the texts the mutations start from. */
	static List<String> seedReports() {
		List<String> texts = new ArrayList<>();
		for (Path p : files("examples", ".nianbao")) {
			texts.add(read(p));
		}
		for (Path p : files("examples/imported", ".nianbao")) {
			texts.add(read(p));
		}
		return texts;
	}

	/** Runs the work within {@link #BOUND_SECONDS}; a hang or an exception fails with the input saved. */
	static <T> T bounded(String input, String what, Callable<T> work) {
		INPUTS.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
		Future<T> f = WORKER.submit(work);
		try {
			return f.get(BOUND_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			f.cancel(true);
			throw new AssertionError(what + ": no result within " + BOUND_SECONDS + " s; input saved as " + save(input, what));
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof AssertionError a) {
				throw new AssertionError(a.getMessage() + "; input saved as " + save(input, what), a);
			}
			throw new AssertionError(what + " threw " + cause + "; input saved as " + save(input, what), cause);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	static Path save(String input, String what) {
		try {
			Path dir = Paths.get("target", "fuzz-failures");
			Files.createDirectories(dir);
			Path p = dir.resolve(what.replaceAll("[^A-Za-z0-9]+", "-") + "-" + System.nanoTime() + ".nianbao");
			Files.write(p, input.getBytes(StandardCharsets.UTF_8));
			return p.toAbsolutePath();
		} catch (IOException e) {
			return Paths.get("(unsaved: " + e + ")");
		}
	}

	/** The text as it reaches the parser: through UTF-8 (a lone surrogate becomes '?'). */
	static String viaUtf8(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	/** A parsed resource in a fresh resource set, under a file URI of its own. */
	static XtextResource parse(String text) {
		XtextResourceSet rs = Workspace.newResourceSet();
		XtextResource r = (XtextResource) rs
				.createResource(URI.createFileURI("/fuzz/input" + COUNTER.incrementAndGet() + ".nianbao"));
		try {
			r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return r;
	}

	static List<Issue> validate(XtextResource r) {
		return injector().getInstance(IResourceValidator.class).validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * Every issue is located inside the text (line ≥ 1, offset and length within it), has a
	 * severity and a message, and converts to a finding with a stable NB code.
	 */
	static void assertLocated(String text, List<Issue> issues) {
		int lines = text.split("\r\n|\r|\n", -1).length;
		for (Issue i : issues) {
			String where = i.getCode() + " " + i.getMessage();
			check(i.getLineNumber() != null && i.getLineNumber() >= 1 && i.getLineNumber() <= lines,
					"line " + i.getLineNumber() + " of " + lines + ": " + where);
			check(i.getOffset() != null && i.getOffset() >= 0 && i.getOffset() <= text.length(),
					"offset " + i.getOffset() + ": " + where);
			check(i.getLength() != null && i.getLength() >= 0 && i.getOffset() + i.getLength() <= text.length(),
					"length " + i.getLength() + ": " + where);
			check(i.getColumn() != null && i.getColumn() >= 1, "column " + i.getColumn() + ": " + where);
			check(i.getMessage() != null && !i.getMessage().isBlank(), "no message: " + where);
			check(!i.getMessage().contains("Exception") && !i.getMessage().contains("\tat "),
					"a stack trace or exception in a message: " + where);
			Finding f = Finding.of("fuzz.nianbao", i);
			check(f.code().matches("NB\\d{3}"), "code " + f.code() + ": " + where);
		}
	}

	static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}

	/**
	 * The text of every token except whitespace, in order; comments without whitespace (the
	 * formatter normalises the spaces after {@code //}, as Xtext's comment replacers do).
	 */
	static List<String> tokens(XtextResource r) {
		List<String> result = new ArrayList<>();
		for (ILeafNode leaf : r.getParseResult().getRootNode().getLeafNodes()) {
			String t = leaf.getText();
			if (leaf.isHidden() && t.isBlank()) {
				continue;
			}
			result.add(leaf.isHidden() ? t.replaceAll("\\s+", "") : t);
		}
		return result;
	}
}
