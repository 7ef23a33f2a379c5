package org.nianbao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the CLI in-process and captures what it prints. */
final class CliTestSupport {
	private CliTestSupport() {
	}

	record Result(int code, String out, String err) {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = NianbaoCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new Result(code, out.toString(), err.toString());
	}

	static Path root() {
		String root = System.getProperty("nianbao.root");
		return (root != null ? Paths.get(root) : Paths.get("../..")).toAbsolutePath().normalize();
	}

	static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}
}
