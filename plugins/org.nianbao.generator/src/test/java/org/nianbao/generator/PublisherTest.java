package org.nianbao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.Publisher.Format;
import org.nianbao.generator.model.ReportView;

class PublisherTest {

	@Test
	void writesEachFormatUnderTheInputsBaseNameAndNothingElse(@TempDir Path dir) throws Exception {
		ReportView view = TestReports.gangkou();
		List<Path> written = new Publisher().publish(view, dir.resolve("out"), "gangkou-2024", EnumSet.complementOf(EnumSet.of(Format.PDF)),
				Set.of(TestReports.example("gangkou-2024.nianbao")));
		assertEquals(List.of("gangkou-2024.html", "gangkou-2024.docx", "gangkou-2024.json", "gangkou-2024.csv",
				"gangkou-2024.xlsx"),
				written.stream().map(p -> p.getFileName().toString()).toList());
		try (Stream<Path> files = Files.list(dir.resolve("out"))) {
			assertEquals(5, files.count(), "no temporary files left behind");
		}
		assertTrue(Files.readString(written.get(0), StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
		if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
			assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions
					.toString(Files.getPosixFilePermissions(written.get(0))), "a published page is world-readable");
		}
		byte[] docx = Files.readAllBytes(written.get(1));
		assertEquals('P', docx[0]);
		assertEquals('K', docx[1]);
	}

	@Test
	void refusesToOverwriteAnInputBeforeWritingAnything(@TempDir Path dir) throws Exception {
		ReportView view = TestReports.gangkou();
		Path input = dir.resolve("report.json");
		Files.writeString(input, "input", StandardCharsets.UTF_8);
		assertThrows(Publisher.OverwriteException.class, () -> new Publisher().publish(view, dir, "report",
				EnumSet.of(Format.HTML, Format.JSON), Set.of(dir.resolve("./report.json"))));
		assertEquals("input", Files.readString(input, StandardCharsets.UTF_8));
		assertTrue(Files.notExists(dir.resolve("report.html")), "nothing written when one target is refused");
	}
}
