package org.nianbao.generator;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the external programs some tests check the outputs with. A test whose program is absent is
 * skipped on a workstation, but fails in CI (CI set): a rendering test never passes by skipping there.
 */
public final class ExternalTools {
	private ExternalTools() {
	}

	/** The first of the names found on PATH, or a skipped test (a failed one in CI). */
	public static String require(String... names) {
		String path = System.getenv("PATH");
		for (String name : names) {
			for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return p.toString();
				}
			}
		}
		missing(String.join(" / ", names));
		return null;
	}

	/** A tool the test needs is missing: skip, or fail when running in CI. */
	public static void missing(String what) {
		if (System.getenv("CI") != null) {
			Assertions.fail("not installed: " + what + " (CI is set: rendering tests must not be skipped)");
		}
		Assumptions.abort("not installed: " + what);
	}

	public record Result(int exit, String output) {
	}

	/** Runs a command with a time limit; stdout and stderr together. */
	public static Result run(Path workDir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
		Path log = Files.createTempFile("nianbao-tool", ".log");
		try {
			Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
					.redirectOutput(log.toFile()).start();
			if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				p.descendants().forEach(ProcessHandle::destroyForcibly);
				p.destroyForcibly();
				throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
			}
			return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(log);
		}
	}

	public static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		List<Path> all = new ArrayList<>();
		try (Stream<Path> s = Files.walk(dir)) {
			s.sorted(Comparator.reverseOrder()).forEach(all::add);
		}
		for (Path p : all) {
			Files.deleteIfExists(p);
		}
	}
}
