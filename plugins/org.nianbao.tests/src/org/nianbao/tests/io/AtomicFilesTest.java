package org.nianbao.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.io.AtomicFiles;

class AtomicFilesTest {
	@TempDir
	Path dir;

	@Test
	void writesIntoAFolderItMakesAndLeavesNoTemporaryFile() throws Exception {
		Path target = dir.resolve("a/b/报告.nianbao");
		AtomicFiles.write(target, "一");
		assertWritten(target, "一", "rw-r--r--");
	}

	@Test
	void replacesAFileKeepingItsModeAndLeavesNoTemporaryFile() throws Exception {
		Path target = dir.resolve("报告.html");
		Files.writeString(target, "old");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
		for (int i = 0; i < 3; i++) {
			AtomicFiles.write(target, "new " + i);
		}
		assertWritten(target, "new 2", "rw-rw----");
	}

	@Test
	void aStreamedWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws Exception {
		Path target = dir.resolve("audit.json");
		Files.writeString(target, "old");
		// more than the write buffer, so that part of it reached the temporary file before the failure
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
			out.write(new byte[200_000]);
			throw new IOException("磁盘已满");
		}));
		assertEquals("磁盘已满", e.getMessage());
		UncheckedIOException u = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
			out.write('x');
			throw new UncheckedIOException(new IOException("中断"));
		}));
		assertEquals("中断", u.getCause().getMessage());
		assertEquals("old", Files.readString(target));
		assertEquals(List.of(target), siblings(target));
	}

	@Test
	void aStreamedWriteIsWholeOnceDone() throws Exception {
		Path target = dir.resolve("audit.csv");
		byte[] chunk = "行,一\r\n".getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(target, out -> {
			for (int i = 0; i < 20_000; i++) {
				out.write(chunk);
			}
		});
		assertEquals(20_000L * chunk.length, Files.size(target), "every byte, flushed");
		assertEquals(List.of(target), siblings(target));
	}

	/** The file holds {@code text} with {@code mode}, and no temporary file is left beside it. */
	private static void assertWritten(Path target, String text, String mode) throws Exception {
		assertEquals(text, Files.readString(target));
		assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
		assertEquals(List.of(target), siblings(target));
	}

	private static List<Path> siblings(Path target) throws Exception {
		try (var files = Files.list(target.getParent())) {
			return files.toList();
		}
	}
}
