package org.nianbao.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the dashboard's tests: the DOM after the page's script ran
 * ({@code --dump-dom}), and a screenshot. Absent Chromium skips the test, or fails it in CI.
 */
final class Chromium {
	private final String binary;
	private final Path profile;

	private Chromium(String binary, Path profile) {
		this.binary = binary;
		this.profile = profile;
	}

	static Chromium find(Path work) throws Exception {
		for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
			for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return new Chromium(p.toString(), Files.createDirectories(work.resolve("chromium-profile")));
				}
			}
		}
		if (System.getenv("CI") != null) {
			Assertions.fail("chromium is not installed (CI is set: browser tests must not be skipped)");
		}
		Assumptions.abort("chromium is not installed");
		return null;
	}

	/** The page's DOM once its script ran, for the page at {@code file} with the fragment given. */
	String dom(Path file, String fragment) throws Exception {
		return run("--dump-dom", file.toUri() + "#" + fragment);
	}

	void screenshot(Path file, String fragment, Path png, int width, int height) throws Exception {
		run("--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars", file.toUri() + "#" + fragment);
	}

	private String run(String... args) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--virtual-time-budget=10000",
				"--user-data-dir=" + profile));
		cmd.addAll(List.of(args));
		Path out = Files.createTempFile(profile, "out", ".html"), err = Files.createTempFile(profile, "err", ".log");
		Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			throw new AssertionError("chromium timed out: " + String.join(" ", cmd));
		}
		String dom = Files.readString(out, StandardCharsets.UTF_8);
		if (p.exitValue() != 0) {
			throw new AssertionError("chromium exited " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
		}
		return dom;
	}
}
