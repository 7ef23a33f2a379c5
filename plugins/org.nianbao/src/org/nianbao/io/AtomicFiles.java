package org.nianbao.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary sibling and a rename, so a reader (or a second writer) never
 * sees half a file and a failed run leaves nothing under the target name.
 */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	/** What a file is written from, streamed: a large output need not be held whole in memory first. */
	@FunctionalInterface
	public interface Content {
		void writeTo(java.io.OutputStream out) throws IOException;
	}

	public static void write(Path target, byte[] content) throws IOException {
		write(target, out -> out.write(content));
	}

	public static void write(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		if (!Files.isDirectory(dir)) {
			// only when missing: on an existing folder createDirectories throws and catches an exception inside, for every file
			Files.createDirectories(dir);
		}
		Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
		boolean moved = false;
		try {
			try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
				content.writeTo(out);
			}
			permissions(tmp, target);
			try {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(tmp);
			}
		}
	}

	/**
	 * A temporary file is created owner-only (0600); the result must not be: a published page is
	 * read by the web server. Keep the mode of the file replaced, else the usual 0644.
	 */
	private static void permissions(Path tmp, Path target) throws IOException {
		try {
			Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
					: PosixFilePermissions.fromString("rw-r--r--"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system: its defaults apply
		}
	}

	public static void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}
}
