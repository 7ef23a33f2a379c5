package org.nianbao.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nianbao.generator.data.CellExport;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.docx.ReferenceDoc;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.office.LibreOffice;
import org.nianbao.generator.xlsx.XlsxGenerator;
import org.nianbao.io.AtomicFiles;

/**
 * Renders a validated report in the requested formats and writes each output atomically. Every
 * output is rendered before the first is written, so a failed PDF conversion leaves no HTML behind.
 */
public final class Publisher {

	public enum Format {
		HTML, DOCX, JSON, CSV, XLSX,
		/** Rendered from the DOCX by LibreOffice. */
		PDF;

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private final HtmlGenerator html = new HtmlGenerator();
	private final DocxGenerator docx;
	private final XlsxGenerator xlsx = new XlsxGenerator();
	private LibreOffice office;

	/** DOCX in the official layout. */
	public Publisher() {
		this(ReferenceDoc.builtin());
	}

	/** DOCX (and PDF) in the style of a reference document: an organ's house style. */
	public Publisher(ReferenceDoc reference) {
		this.docx = new DocxGenerator(reference);
	}

	/**
	 * One output's bytes.
	 *
	 * @throws LibreOffice.ConversionException for PDF, when LibreOffice is missing or fails
	 */
	public byte[] render(ReportView view, Format format) throws IOException {
		return switch (format) {
		case HTML -> html.generate(view).getBytes(StandardCharsets.UTF_8);
		case DOCX -> docx.generate(view);
		case JSON -> CellExport.json(view).getBytes(StandardCharsets.UTF_8);
		case CSV -> CellExport.csv(view).getBytes(StandardCharsets.UTF_8);
		case XLSX -> xlsx.generate(view);
		case PDF -> office().convert(docx.generate(view), "report.docx", LibreOffice.PDF);
		};
	}

	/** The output file for a format: the base name (the input's, without extension) plus the format's extension. */
	public static Path target(Path outDir, String baseName, Format format) {
		return outDir.resolve(baseName + "." + format.extension());
	}

	/**
	 * Writes the report in every format asked for and returns the files written.
	 *
	 * @param inputs the input files of the run: an output that would replace one of them is refused
	 * @throws OverwriteException before anything is written, when a target is an input
	 */
	public List<Path> publish(ReportView view, Path outDir, String baseName, Collection<Format> formats,
			Set<Path> inputs) throws IOException {
		List<Path> targets = new ArrayList<>();
		for (Format f : formats) {
			Path target = target(outDir, baseName, f);
			for (Path input : inputs) {
				if (sameFile(target, input)) {
					throw new OverwriteException(target);
				}
			}
			targets.add(target);
		}
		if (formats.contains(Format.PDF)) {
			office(); // a missing LibreOffice is reported before anything is rendered
		}
		List<byte[]> contents = new ArrayList<>();
		for (Format f : formats) {
			contents.add(render(view, f));
		}
		for (int i = 0; i < targets.size(); i++) {
			AtomicFiles.write(targets.get(i), contents.get(i));
		}
		return targets;
	}

	private LibreOffice office() throws LibreOffice.NotInstalledException {
		if (office == null) {
			office = LibreOffice.locate();
		}
		return office;
	}

	private static boolean sameFile(Path a, Path b) throws IOException {
		if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
			return true;
		}
		return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
	}

	/** An output would replace an input file. */
	public static final class OverwriteException extends IOException {
		private static final long serialVersionUID = 1L;
		private final Path target;

		public OverwriteException(Path target) {
			super(target + ": 输出会覆盖输入文件，已拒绝 (refusing to overwrite an input)");
			this.target = target;
		}

		public Path target() {
			return target;
		}
	}
}
