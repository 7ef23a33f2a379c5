package org.nianbao.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
		assertEquals("一", Files.readString(target));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
		assertEquals(List.of(target), siblings(target));
	}

	@Test
	void replacesAFileKeepingItsModeAndLeavesNoTemporaryFile() throws Exception {
		Path target = dir.resolve("报告.html");
		Files.writeString(target, "old");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
		for (int i = 0; i < 3; i++) {
			AtomicFiles.write(target, "new " + i);
		}
		assertEquals("new 2", Files.readString(target));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
		assertEquals(List.of(target), siblings(target));
	}

	private static List<Path> siblings(Path target) throws Exception {
		try (var files = Files.list(target.getParent())) {
			return files.toList();
		}
	}
}
