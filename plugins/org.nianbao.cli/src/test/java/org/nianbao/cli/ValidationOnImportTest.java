package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.importer.audit.ReportSnapshot;
import org.nianbao.importer.audit.ReportSnapshots;
import org.nianbao.io.AtomicFiles;
import org.nianbao.validation.Finding;

/**
 * The audit validates an import on the parse the importer checked it with, instead of reading and
 * parsing the file it wrote: that must give exactly what the file gives — every finding with all its
 * fields (place, cell, expected and actual, message, fingerprint, place in the published text), what
 * the report says of itself and the snapshot the outputs take — alone and against last year's report.
 */
class ValidationOnImportTest {

	/** An import as the audit writes it, validated on the importer's parse and again from the file. */
	private static Validation.Validated[] both(Importer importer, Path dir, String name, String published,
			Function<Validation.Validated, Path> previous) throws Exception {
		Path input = dir.resolve(name + ".txt");
		Files.writeString(input, published, StandardCharsets.UTF_8);
		Importer.Result r = importer.importFile(input, Importer.TemplateChoice.AUTO, List.of(), null);
		Path file = dir.resolve(name + ".nianbao");
		AtomicFiles.write(file, r.source());
		// else the first validation would read the file too, and the comparison prove nothing
		assertEquals(r.source(), r.parsed().getRootNode().getText(), "the importer's parse is of the text written");
		ReportSnapshots snapshots = new ReportSnapshots(Workspace.injector());
		return new Validation.Validated[] { Validation.validate(file, r.parsed(), previous, snapshots::of),
				Validation.validate(file, null, previous, snapshots::of) };
	}

	/** Field by field, so that a difference says where it is. */
	private static void assertSame(Validation.Validated expected, Validation.Validated actual, String what) {
		assertEquals(expected.findings().size(), actual.findings().size(), what + ": findings");
		for (int k = 0; k < expected.findings().size(); k++) {
			assertEquals(expected.findings().get(k), actual.findings().get(k), what + ": finding " + k);
		}
		assertEquals(expected.organ(), actual.organ(), what);
		assertEquals(expected.year(), actual.year(), what);
		assertEquals(expected.template(), actual.template(), what);
		assertEquals(expected.published(), actual.published(), what);
		ReportSnapshot a = expected.snapshot(), b = actual.snapshot();
		assertEquals(a.figures(), b.figures(), what);
		assertEquals(a.labels(), b.labels(), what);
		assertEquals(a.sections(), b.sections(), what);
		assertEquals(a.repeatSection(), b.repeatSection(), what);
		assertEquals(a.repeatHeading(), b.repeatHeading(), what);
		assertEquals(a.tables().size(), b.tables().size(), what);
		for (int t = 0; t < a.tables().size(); t++) {
			ReportSnapshot.Table x = a.tables().get(t), y = b.tables().get(t);
			// a record's array is compared by reference: the cells are compared here, the rest as a record
			assertTrue(Arrays.deepEquals(x.cells(), y.cells()), what + ": cells of " + x.name());
			assertEquals(x, new ReportSnapshot.Table(y.name(), y.caption(), y.rowKeys(), y.rowLabels(), y.columnKeys(),
					y.columnLabels(), x.cells()), what + ": table " + x.name());
		}
	}

	@Test
	void theImportersParseGivesExactlyTheFindingsOfTheFileWritten(@TempDir Path tmp) throws Exception {
		Importer importer = ImportCommand.importer();
		int findings = 0, errors = 0, located = 0;
		for (int i = 0; i < 5; i++) {
			String text = Files.readString(CliTestSupport.example("published/seed-00" + i + ".txt"), StandardCharsets.UTF_8);
			for (int variant = 0; variant < 3; variant++) {
				String published = variant == 0 ? text : AuditFixtures.perturbed(text, 10L * i + variant);
				Validation.Validated[] v = both(importer, tmp, "p" + i + "-" + variant, published, about -> null);
				assertSame(v[1], v[0], "seed " + i + ", variant " + variant);
				findings += v[0].findings().size();
				errors += (int) v[0].findings().stream().filter(f -> "error".equals(f.severity())).count();
				located += (int) v[0].findings().stream().filter(f -> f.source() != null).count();
				assertTrue(v[0].organ() != null && v[0].year() != null && v[0].template() != null, "seed " + i);
				assertTrue(v[0].snapshot() != null && !v[0].snapshot().figures().isEmpty(), "seed " + i);
			}
		}
		// the comparison covers real findings: errors the digits changed made, each placed in the published text
		assertTrue(findings > 15, "findings: " + findings);
		assertTrue(errors > 3, "errors: " + errors);
		assertTrue(located > 10, "findings located in the published text: " + located);
	}

	@Test
	void andSoItDoesAgainstLastYearsReport(@TempDir Path tmp) throws Exception {
		// 港口镇 of 2023 carried 3 over where this year's published report says 1 came over: NB301
		Path last = tmp.resolve("gangkou-2023.nianbao");
		Files.writeString(last, AuditFixtures.edited(AuditFixtures.seed000(), new String[] { "年度 2024", "年度 2023" },
				new String[] { "港口镇2024 :", "港口镇2023 :" },
				new String[] { "结转下年         2 0 0 0 0 0 2", "结转下年         3 0 0 0 0 0 3" }), StandardCharsets.UTF_8);
		String published = Files.readString(CliTestSupport.example("published/seed-000.txt"), StandardCharsets.UTF_8);
		Validation.Validated[] v = both(ImportCommand.importer(), tmp, "gangkou", published, about -> last);
		assertSame(v[1], v[0], "港口镇 against 2023");
		List<Finding> carried = v[0].findings().stream().filter(f -> "NB301".equals(f.code())).toList();
		assertTrue(!carried.isEmpty(), v[0].findings().toString());
	}
}
