package org.nianbao.generator.office;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice headless as a converter (DOCX → PDF, XLSX → CSV): the one place that finds
 * {@code soffice}, runs it with a private profile (a user's running LibreOffice or a second
 * conversion must not share it: soffice would hand the job to that instance, or lock), bounds it
 * with a timeout and maps its failures to one-line messages.
 */
public final class LibreOffice {

	/** A cold start with a fresh profile takes a few seconds; a long document a few more. */
	/**
	 * PDF as printed double-sided: the pages LibreOffice inserts to start a section on an even page (the
	 * 版记's, GB/T 9704 7.4) are exported as blank pages (by default they are skipped, and the 版记 page
	 * numbered 8 would be the PDF's seventh). JSON filter options: LibreOffice 7.4 or later.
	 */
	public static final String PDF = "pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}";
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

	/**
	 * Names the soffice to use (e.g. a LibreOffice unpacked in /opt). When set, it is the only one
	 * tried: a configured path that is not there is reported, not silently replaced by another.
	 */
	public static final String ENV = "NIANBAO_SOFFICE";
	/** The same as a system property (wins over the environment; lets tests make LibreOffice absent). */
	public static final String PROPERTY = "nianbao.soffice";

	private static final List<String> NAMES = List.of("soffice", "libreoffice");
	private static final List<String> USUAL = List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
			"/opt/libreoffice/program/soffice", "/usr/local/bin/soffice", "/snap/bin/libreoffice",
			"/Applications/LibreOffice.app/Contents/MacOS/soffice",
			"C:\\Program Files\\LibreOffice\\program\\soffice.exe");

	private final Path soffice;
	private final Duration timeout;

	private LibreOffice(Path soffice, Duration timeout) {
		this.soffice = soffice;
		this.timeout = timeout;
	}

	/** The installed LibreOffice, or {@link NotInstalledException} with a message for the user. */
	public static LibreOffice locate() throws NotInstalledException {
		return find().map(p -> new LibreOffice(p, DEFAULT_TIMEOUT))
				.orElseThrow(() -> new NotInstalledException(configured()));
	}

	public LibreOffice withTimeout(Duration t) {
		return new LibreOffice(soffice, t);
	}

	/** {@value #PROPERTY} or {@value #ENV} when set, else soffice / libreoffice on PATH, then the usual folders. */
	public static Optional<Path> find() {
		String configured = configured();
		if (configured != null) {
			Path p = Path.of(configured);
			return Files.isExecutable(p) && !Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
		}
		String path = System.getenv("PATH");
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
		for (String name : NAMES) {
			for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
				if (dir.isEmpty()) {
					continue;
				}
				Path p = Path.of(dir, windows ? name + ".exe" : name);
				if (Files.isExecutable(p)) {
					return Optional.of(p);
				}
			}
		}
		for (String usual : USUAL) {
			Path p = Path.of(usual);
			if (Files.isExecutable(p)) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

	private static String configured() {
		String c = System.getProperty(PROPERTY, System.getenv(ENV));
		return c == null || c.isBlank() ? null : c;
	}

	public Path executable() {
		return soffice;
	}

	/**
	 * Converts a document held in memory.
	 *
	 * @param fileName the input's name, whose extension tells LibreOffice the input format
	 * @param format   the target as {@code --convert-to} takes it: "pdf", or "csv" with filter options
	 * @return the converted file's bytes
	 */
	public byte[] convert(byte[] content, String fileName, String format) throws IOException {
		Path work = Files.createTempDirectory("nianbao-lo-");
		try {
			Path in = Files.createDirectories(work.resolve("in")).resolve(fileName);
			Files.write(in, content);
			return Files.readAllBytes(convert(in, format, work.resolve("out")).get(0));
		} finally {
			deleteTree(work);
		}
	}

	/**
	 * Converts a file into a folder and returns the files written there: one named after the input
	 * with the target format's extension, or, when the filter writes one file per sheet (CSV with
	 * sheet -1), {@code NAME-SHEET.csv} for each.
	 */
	public List<Path> convert(Path input, String format, Path outDir) throws IOException {
		Files.createDirectories(outDir);
		Path work = Files.createTempDirectory("nianbao-lo-");
		try {
			Path profile = work.resolve("profile");
			Path log = work.resolve("soffice.log");
			List<String> command = new ArrayList<>(List.of(soffice.toString(),
					"-env:UserInstallation=" + profile.toUri(), "--headless", "--invisible", "--nologo", "--norestore",
					"--nolockcheck", "--convert-to", format, "--outdir", outDir.toAbsolutePath().toString(),
					input.toAbsolutePath().toString()));
			Process p;
			try {
				ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
				FontFallbacks.configure(pb, work);
				p = pb.start();
			} catch (IOException e) {
				throw new ConversionException("无法启动 LibreOffice：" + soffice + " (cannot start LibreOffice: "
						+ e.getMessage() + ")", e);
			}
			boolean done;
			try {
				done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				kill(p);
				throw new ConversionException("LibreOffice 转换被中断 (conversion interrupted)", e);
			}
			if (!done) {
				kill(p);
				throw new ConversionException("LibreOffice 转换超时（" + timeout.toSeconds() + " 秒）：" + input.getFileName()
						+ " (LibreOffice timed out after " + timeout.toSeconds() + " s)", null);
			}
			String ext = extension(format);
			List<Path> written = written(outDir, baseName(input.getFileName().toString()), ext);
			if (p.exitValue() != 0 || written.isEmpty()) {
				String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "";
				throw new ConversionException("LibreOffice 未能把 " + input.getFileName() + " 转换为 " + ext + "（退出码 "
						+ p.exitValue() + "）(LibreOffice could not convert the file)" + (output.isEmpty() ? ""
								: ": " + tail(output)), null);
			}
			return written;
		} finally {
			deleteTree(work);
		}
	}

	/** NAME.EXT, else the NAME-*.EXT files of a per-sheet export. */
	private static List<Path> written(Path outDir, String base, String ext) throws IOException {
		Path single = outDir.resolve(base + "." + ext);
		if (Files.isRegularFile(single)) {
			return List.of(single);
		}
		try (Stream<Path> s = Files.list(outDir)) {
			return s.filter(f -> {
				String n = f.getFileName().toString();
				return n.startsWith(base + "-") && n.endsWith("." + ext) && Files.isRegularFile(f);
			}).sorted().toList();
		}
	}

	/** "pdf" from "pdf", "csv" from {@code csv:"Text - txt - csv (StarCalc)":44,34,76}. */
	static String extension(String format) {
		int colon = format.indexOf(':');
		return colon < 0 ? format : format.substring(0, colon);
	}

	static String baseName(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String tail(String s) {
		String oneLine = s.replaceAll("\\s+", " ");
		return oneLine.length() <= 300 ? oneLine : "…" + oneLine.substring(oneLine.length() - 300);
	}

	private static void kill(Process p) {
		// soffice starts soffice.bin as a child: end both, or the child keeps the profile locked
		p.descendants().forEach(ProcessHandle::destroyForcibly);
		p.destroyForcibly();
	}

	private static void deleteTree(Path dir) {
		try (Stream<Path> s = Files.walk(dir)) {
			s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder is not worth failing a conversion that succeeded
		}
	}

	/** A conversion failed: one line for the user, LibreOffice's own output at its end. */
	public static class ConversionException extends IOException {
		private static final long serialVersionUID = 1L;

		public ConversionException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/** LibreOffice is not installed (or not where it is looked for). */
	public static final class NotInstalledException extends ConversionException {
		private static final long serialVersionUID = 1L;

		/** @param configured the soffice named by {@value #ENV} / {@value #PROPERTY}, or null */
		public NotInstalledException(String configured) {
			super(configured != null
					? "未找到 LibreOffice：" + ENV + " 指定的 " + configured + " 不存在或不可执行，无法生成 PDF 或检查版式 (LibreOffice not found: "
							+ configured + " is not an executable)"
					: "未找到 LibreOffice（soffice），无法生成 PDF 或检查版式；请安装 LibreOffice，或用环境变量 " + ENV
							+ " 指明 soffice 的位置 (LibreOffice not found: install it, or set " + ENV + " to soffice)",
					null);
		}
	}
}
