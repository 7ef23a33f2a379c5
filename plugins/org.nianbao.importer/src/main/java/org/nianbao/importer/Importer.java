package org.nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.formatting2.SourceFormatter;
import org.nianbao.importer.source.Sources;
import org.nianbao.importer.source.Token;
import org.nianbao.library.Library;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

import com.google.inject.Injector;

/**
 * Imports one published report (text, HTML or DOCX) into `.nianbao` source: reads it, picks the
 * template from the tables' shape, maps it, prints it, checks that the result parses and links,
 * and formats it with the project's formatter. Writing is the caller's business (atomically).
 */
public final class Importer {

	public enum TemplateChoice {
		AUTO, Y2019, Y2021;

		public static TemplateChoice parse(String s) {
			return switch (s.toLowerCase(Locale.ROOT)) {
			case "auto" -> AUTO;
			case "2019" -> Y2019;
			case "2021" -> Y2021;
			default -> throw new IllegalArgumentException(s);
			};
		}
	}

	/** The imported source and what the importer has to say about it. */
	public record Result(String source, ImportedReport report, List<ImportMessage> messages) {
		public boolean hasErrors() {
			return messages.stream().anyMatch(ImportMessage::isError);
		}

		public String templateName() {
			return report.template.getName();
		}
	}

	private final Injector injector;
	private final RowChecker checker;

	public Importer(Injector injector, RowChecker checker) {
		this.injector = injector;
		this.checker = checker;
	}

	public Result importFile(Path input, TemplateChoice choice) throws ImportException, IOException {
		long size = Files.size(input);
		if (size > ImportLimits.MAX_INPUT_BYTES) {
			throw new ImportException(1, ImportCodes.REFUSED, "拒绝导入：文件过大（" + size / 1024 + " KB，上限 "
					+ ImportLimits.MAX_INPUT_BYTES / 1024 / 1024 + " MB）(file too large)");
		}
		return importBytes(input.getFileName().toString(), Files.readAllBytes(input), choice);
	}

	public Result importBytes(String name, byte[] bytes, TemplateChoice choice) throws ImportException {
		List<Token> tokens = Sources.read(name, bytes).tokens();
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		Template t2021 = library(rs, Library.GOV_2021);
		Template t2019 = library(rs, Library.GOV_2019);
		List<ImportMessage> messages = new ArrayList<>();
		Template template = switch (choice) {
		case Y2019 -> t2019;
		case Y2021 -> t2021;
		case AUTO -> choose(tokens, t2021, t2019, messages);
		};
		ReportMapper mapper = new ReportMapper(template, checker, tokens);
		ImportedReport report = mapper.map();
		messages.addAll(mapper.messages());
		String printed = ReportPrinter.print(report, name);
		XtextResource resource = (XtextResource) rs.createResource(URI.createURI("import:/" + report.name + ".nianbao"));
		try {
			resource.load(new ByteArrayInputStream(printed.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic d = resource.getErrors().get(0);
			// A defect of the importer, not of the input: say so plainly instead of writing a broken file.
			throw new ImportException(1, ImportCodes.UNMAPPED, "导入结果无法解析（导入器缺陷）：第 " + d.getLine() + " 行 "
					+ d.getMessage() + " (imported source does not parse)");
		}
		if (!(resource.getContents().get(0) instanceof NianbaoFile)) {
			throw new IllegalStateException("no model");
		}
		String formatted = injector.getInstance(SourceFormatter.class).format(resource);
		return new Result(formatted, report, messages);
	}

	private static Template library(XtextResourceSet rs, String file) {
		Resource r = rs.getResource(Library.uri(file), true);
		return (Template) ((NianbaoFile) r.getContents().get(0)).getElements().get(0);
	}

	/**
	 * The template whose table labels the publication shows most of (the share of its distinct labels
	 * found as cells), so that a 2021-format report for 2020 is read as 2021 and vice versa; the
	 * year decides only a tie.
	 */
	static Template choose(List<Token> tokens, Template t2021, Template t2019, List<ImportMessage> messages) {
		Set<String> published = new HashSet<>();
		for (Token t : tokens) {
			published.add(Labels.normalize(t.text()));
		}
		double s2021 = score(t2021, published), s2019 = score(t2019, published);
		Template chosen;
		if (s2021 != s2019) {
			chosen = s2021 > s2019 ? t2021 : t2019;
		} else {
			chosen = t2021;
			for (Token t : tokens) {
				var m = java.util.regex.Pattern.compile("(20\\d\\d)\\s*年").matcher(t.text());
				if (m.find()) {
					chosen = Integer.parseInt(m.group(1)) < 2021 ? t2019 : t2021;
					break;
				}
			}
		}
		messages.add(new ImportMessage(1, ImportMessage.INFO, ImportCodes.TEMPLATE_CHOICE, String.format(
				"按表格形状选用模板 %s（表头与行标签吻合度：2021 版 %.0f%%，2019 版 %.0f%%）(template chosen by table shape)",
				chosen.getName(), s2021 * 100, s2019 * 100)));
		return chosen;
	}

	static double score(Template template, Set<String> published) {
		Set<String> labels = new HashSet<>();
		for (TableDef table : Tables.allTables(template)) {
			if (table.getCaption() != null) {
				labels.add(Labels.normalize(table.getCaption()));
			}
			for (Node n : Tables.allNodes(table.getColumns().getNodes())) {
				labels.add(Labels.normalize(n.getLabel()));
			}
			for (Node n : Tables.allNodes(table.getRows().getNodes())) {
				labels.add(Labels.normalize(n.getLabel()));
			}
		}
		long found = labels.stream().filter(published::contains).count();
		return labels.isEmpty() ? 0 : (double) found / labels.size();
	}
}
