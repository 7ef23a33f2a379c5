package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.tests.Fixtures;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.validation.PreviousReports;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Moving a rule from Java into a template changes no diagnostic: every diagnostic (code, severity,
 * line, column, expected, actual) of every example, of the corpus imports, and of a few
 * this-year/last-year pairs equals the committed snapshot {@code resources/snapshot/diagnostics.json}.
 * Run with {@code -Dnianbao.snapshot.write=true} to write it again (an intended change, reviewed in
 * the diff).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class DiagnosticsSnapshotTest {

	static final Path SNAPSHOT = Fixtures.root().resolve("plugins/org.nianbao.tests/resources/snapshot/diagnostics.json");
	static final Path CORPUS_IMPORTS = Fixtures.root().resolve("plugins/org.nianbao.tests/resources/corpus-imports");
	/** Last year's report for the pairs: one 2023 report of the 2021 format. */
	static final String PREVIOUS = "examples/imported/seed-001.nianbao";

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	IResourceValidator validator;

	@Test
	void diagnosticsOfExamplesCorpusAndPairsAreUnchanged() throws IOException {
		StringBuilder json = new StringBuilder("{\n");
		List<Path> files = new ArrayList<>();
		try (Stream<Path> s = Files.walk(Fixtures.examples())) {
			s.filter(p -> p.toString().endsWith(".nianbao")).forEach(files::add);
		}
		try (Stream<Path> s = Files.list(CORPUS_IMPORTS)) {
			s.filter(p -> p.toString().endsWith(".nianbao")).forEach(files::add);
		}
		files.sort(Comparator.comparing(p -> relative(p)));
		assertTrue(files.size() >= 10, "examples and corpus imports: " + files);
		List<String> entries = new ArrayList<>();
		for (Path f : files) {
			entries.add(entry(relative(f), validate(f, null)));
		}
		// cross-year: every 2024 report of the 2021 format against one 2023 report
		Path previous = Fixtures.root().resolve(PREVIOUS);
		for (Path f : files) {
			String text = Fixtures.read(f);
			if (text.contains("年度 2024") && text.contains("政府信息公开年报2021")) {
				entries.add(entry(relative(f) + " <- " + PREVIOUS, validate(f, previous)));
			}
		}
		// the same report as its own predecessor: year mismatch, section 五 repeated, carry-over
		Path gangkou = Fixtures.example("gangkou-2024.nianbao");
		Path seed0 = Fixtures.example("imported/seed-000.nianbao");
		entries.add(entry(relative(gangkou) + " <- " + relative(seed0), validate(gangkou, seed0)));
		json.append(String.join(",\n", entries)).append("\n}\n");
		String actual = json.toString();
		if (Boolean.getBoolean("nianbao.snapshot.write")) {
			Files.createDirectories(SNAPSHOT.getParent());
			Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
		}
		assertEquals(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), actual);
	}

	private String relative(Path p) {
		return Fixtures.root().relativize(p.toAbsolutePath().normalize()).toString();
	}

	private List<Issue> validate(Path file, Path previous) {
		XtextResourceSet rs = resourceSets.get();
		if (previous != null) {
			PreviousReports.setDefault(rs, URI.createFileURI(previous.toString()));
		}
		Resource r = rs.getResource(URI.createFileURI(file.toString()), true);
		PreviousReports.load(r); // as the tools do: last year's report is loaded before validating
		return validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static String entry(String name, List<Issue> issues) {
		List<String> lines = new ArrayList<>();
		List<Issue> sorted = new ArrayList<>(issues);
		sorted.sort(Comparator.comparing(Issue::getLineNumber).thenComparing(Issue::getColumn)
				.thenComparing(Issue::getCode, Comparator.nullsFirst(Comparator.naturalOrder())));
		for (Issue i : sorted) {
			String[] d = i.getData() == null ? new String[0] : i.getData();
			lines.add("    {\"code\": " + quote(i.getCode()) + ", \"severity\": " + quote(i.getSeverity().name().toLowerCase())
					+ ", \"line\": " + i.getLineNumber() + ", \"column\": " + i.getColumn() + ", \"expected\": "
					+ quote(d.length > 0 ? d[0] : null) + ", \"actual\": " + quote(d.length > 1 ? d[1] : null) + "}");
		}
		return "  " + quote(name) + ": [" + (lines.isEmpty() ? "" : "\n" + String.join(",\n", lines) + "\n  ") + "]";
	}

	private static String quote(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder sb = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return sb.append('"').toString();
	}
}
