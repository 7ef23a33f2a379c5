package org.nianbao.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Paths to the repository's example files and the shared seeds, for tests that use real fixtures. */
public final class Fixtures {
	private Fixtures() {
	}

	public static Path root() {
		String root = System.getProperty("nianbao.root");
		return root != null ? Paths.get(root).toAbsolutePath().normalize() : Paths.get("../..").toAbsolutePath().normalize();
	}

	public static Path examples() {
		return root().resolve("examples");
	}

	public static Path example(String name) {
		return examples().resolve(name);
	}

	public static String read(Path p) {
		try {
			return Files.readString(p, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static List<Path> exampleFiles() {
		try (Stream<Path> s = Files.list(examples())) {
			return s.filter(p -> p.toString().endsWith(".nianbao")).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
