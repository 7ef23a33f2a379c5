package org.nianbao.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.diagnostics.Phrases;
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
 * template by evidence, maps it, prints it in its formatted form (as `nianbao fmt` would leave it)
 * and checks that the result parses. Writing is the caller's business (atomically).
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

	/**
	 * The imported source and what the importer has to say about it; {@code parsed} is the parse of
	 * {@code source} the importer checked it with, for a caller that loads the source next (the audit).
	 */
	public record Result(String source, ImportedReport report, List<ImportMessage> messages, IParseResult parsed) {
		public boolean hasErrors() {
			return messages.stream().anyMatch(ImportMessage::isError);
		}

		public String templateName() {
			return report.template.getName();
		}
	}

	private final Injector injector;
	private final RowChecker checker;
	private final IParser parser;

	public Importer(Injector injector, RowChecker checker) {
		this.injector = injector;
		this.checker = checker;
		this.parser = injector.getInstance(IParser.class);
	}

	public Result importFile(Path input, TemplateChoice choice) throws ImportException, IOException {
		return importFile(input, choice, List.of());
	}

	/**
	 * @param extra templates the user made visible (the input folder's, a `--template FILE`); with
	 *              {@code choice} AUTO the template is chosen by evidence among them and the national ones
	 */
	public Result importFile(Path input, TemplateChoice choice, List<Path> extra) throws ImportException, IOException {
		return importFile(input, choice, extra, null);
	}

	/** @param named the template to use by name (`--template NAME`), or null to choose by evidence */
	public Result importFile(Path input, TemplateChoice choice, List<Path> extra, String named)
			throws ImportException, IOException {
		long size = Files.size(input);
		if (size > ImportLimits.MAX_INPUT_BYTES) {
			throw new ImportException(1, ImportCodes.REFUSED, Phrases.IMPORTER.render("refused.input-size", size / 1024,
					ImportLimits.MAX_INPUT_BYTES / 1024 / 1024));
		}
		return importBytes(input.getFileName().toString(), Files.readAllBytes(input), choice, extra, named);
	}

	public Result importBytes(String name, byte[] bytes, TemplateChoice choice) throws ImportException {
		return importBytes(name, bytes, choice, List.of(), null);
	}

	/**
	 * @param named a template name to use (from `--template NAME`), or null
	 */
	public Result importBytes(String name, byte[] bytes, TemplateChoice choice, List<Path> extra, String named)
			throws ImportException {
		Sources.Source source = Sources.read(name, bytes);
		List<Token> tokens = source.tokens();
		XtextResourceSet rs = libraries();
		int before = rs.getResources().size();
		try {
			return importTokens(name, tokens, choice, extra, named, rs);
		} finally {
			// the report and any user templates leave; the national templates stay parsed for the next import
			while (rs.getResources().size() > before) {
				rs.getResources().remove(rs.getResources().size() - 1);
			}
		}
	}

	/**
	 * One resource set per thread and importer holding the national templates, parsed once. Not a
	 * ThreadLocal of the importer's own: a thread keeps the value of a dropped ThreadLocal until it
	 * happens to clear the stale entry, so a pool thread that served many importers kept all their
	 * templates (a fuzz run of 7,500 importers ran out of heap). Here a dropped importer's sets go
	 * with it.
	 */
	private static final ThreadLocal<Map<Importer, XtextResourceSet>> LIBRARIES = ThreadLocal.withInitial(WeakHashMap::new);

	/** This thread's resource set with the national templates, for this importer. */
	XtextResourceSet libraries() {
		return LIBRARIES.get().computeIfAbsent(this, k -> libraryResourceSet());
	}

	private XtextResourceSet libraryResourceSet() {
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		library(rs, Library.GOV_2021);
		library(rs, Library.GOV_2019);
		return rs;
	}

	private Result importTokens(String name, List<Token> tokens, TemplateChoice choice, List<Path> extra, String named,
			XtextResourceSet rs) throws ImportException {
		Template t2021 = library(rs, Library.GOV_2021);
		Template t2019 = library(rs, Library.GOV_2019);
		List<Template> visible = new ArrayList<>(List.of(t2021, t2019));
		for (Path file : extra) {
			visible.addAll(userTemplates(rs, file));
		}
		List<ImportMessage> messages = new ArrayList<>();
		Stream stream = new Stream(tokens);
		Template template;
		if (named != null) {
			template = visible.stream().filter(t -> t.getName().equals(named)).findFirst().orElseThrow(
					() -> new ImportException(1, ImportCodes.UNKNOWN_FORM, Phrases.IMPORTER.render("template.unknown", named,
							String.join("、", visible.stream().map(Template::getName).toList()))));
		} else {
			template = switch (choice) {
			case Y2019 -> t2019;
			case Y2021 -> t2021;
			case AUTO -> choose(stream, visible, messages);
			};
		}
		ReportMapper mapper = new ReportMapper(template, checker, stream, visible);
		ImportedReport report = mapper.map();
		messages.addAll(mapper.messages());
		String printed = ReportPrinter.print(report, name);
		// What is written must parse; it is printed in its formatted form (no formatting pass) and
		// names only the template's own rows and columns, so a syntax check is what is left to do.
		IParseResult parsed = parser.parse(new StringReader(printed));
		if (parsed.hasSyntaxErrors()) {
			INode error = parsed.getSyntaxErrors().iterator().next();
			// A defect of the importer, not of the input: say so plainly instead of writing a broken file.
			throw new ImportException(1, ImportCodes.UNMAPPED, Phrases.IMPORTER.render("imported.unparseable", error.getStartLine(),
					error.getSyntaxErrorMessage().getMessage()));
		}
		return new Result(printed, report, messages, parsed);
	}

	/**
	 * The `.nianbao` files of a folder that declare a template (a user's report kind), found by a
	 * look at their text before anything is parsed: a folder of reports costs a read each, no parse.
	 */
	public static List<Path> templateFiles(Path folder) {
		List<Path> found = new ArrayList<>();
		if (folder == null || !Files.isDirectory(folder)) {
			return found;
		}
		try (var files = Files.list(folder)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".nianbao")).sorted().toList()) {
				String text = Files.readString(f, StandardCharsets.UTF_8);
				if (DECLARES_TEMPLATE.matcher(text).find()) {
					found.add(f);
				}
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			// an unreadable folder offers no templates; the national ones remain
		}
		return found;
	}

	/** The names of the templates a file declares, in order (for `--template FILE`). */
	public List<String> templateNames(Path file) throws ImportException {
		return userTemplates(injector.getInstance(XtextResourceSet.class), file).stream().map(Template::getName).toList();
	}

	/** The templates a user's `.nianbao` file declares (none when it is a report or does not parse). */
	static List<Template> userTemplates(XtextResourceSet rs, Path file) throws ImportException {
		try {
			Resource r = rs.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			List<Template> result = new ArrayList<>();
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof NianbaoFile f) {
				for (var el : f.getElements()) {
					if (el instanceof Template t) {
						result.add(t);
					}
				}
			}
			return result;
		} catch (RuntimeException e) {
			throw new ImportException(1, ImportCodes.UNKNOWN_FORM, Phrases.IMPORTER.render("template.unreadable", file, e.getMessage()));
		}
	}

	private static Template library(XtextResourceSet rs, String file) {
		Resource r = rs.getResource(Library.uri(file), true);
		return (Template) ((NianbaoFile) r.getContents().get(0)).getElements().get(0);
	}

	/**
	 * The template the publication shows most evidence of: the share of its headings, captions and
	 * row and column labels found in the text (wherever line breaks put them), so that a 2021-format
	 * report for 2020 is read as 2021 and vice versa; the year decides only a tie.
	 */
	static Template choose(Stream s, List<Template> visible, List<ImportMessage> messages) {
		Template chosen = null;
		double best = -1;
		StringBuilder described = new StringBuilder();
		Map<String, Boolean> inView = new java.util.HashMap<>(); // the templates share most labels: look each up once
		double[] scores = new double[visible.size()];
		try (ViewOccurrences occurrences = new ViewOccurrences(s.view)) {
			for (int i = 0; i < visible.size(); i++) {
				scores[i] = score(visible.get(i), occurrences, inView);
			}
		}
		for (int i = 0; i < visible.size(); i++) {
			Template t = visible.get(i);
			double score = scores[i];
			described.append(described.length() == 0 ? "" : "，").append(t.getName()).append(' ').append(Math.round(score * 100)).append('%');
			if (score > best + 1e-9) {
				best = score;
				chosen = t;
			} else if (Math.abs(score - best) <= 1e-9 && chosen != null) {
				var m = YEAR.matcher(s.text);
				if (m.find() && t.getName().endsWith("2019") == Integer.parseInt(m.group(1)) < 2021) {
					chosen = t;
				}
			}
		}
		messages.add(new ImportMessage(1, ImportMessage.INFO, ImportCodes.TEMPLATE_CHOICE, Phrases.IMPORTER.render("template.chosen",
				chosen.getName(), described)));
		return chosen;
	}

	static double score(Template template, ViewOccurrences view, Map<String, Boolean> inView) {
		Set<String> labels;
		synchronized (VOCABULARY) {
			labels = VOCABULARY.computeIfAbsent(template, Importer::vocabulary);
		}
		long found = 0;
		for (String label : labels) {
			if (inView.computeIfAbsent(label, view::contains)) {
				found++;
			}
		}
		return labels.isEmpty() ? 0 : (double) found / labels.size();
	}

	private static final java.util.regex.Pattern DECLARES_TEMPLATE = java.util.regex.Pattern.compile("(?m)^\\s*(template|模板)\\s");
	private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(20\\d\\d)\\s*年");

	/** A template's headings, captions and labels in the label view's form (templates do not change while imported onto). */
	private static final Map<Template, Set<String>> VOCABULARY = new WeakHashMap<>();

	private static Set<String> vocabulary(Template template) {
		Set<String> labels = new HashSet<>();
		for (var section : template.getSections()) {
			labels.add(Labels.viewForm(section.getHeading()));
		}
		for (TableDef table : Tables.allTables(template)) {
			if (table.getCaption() != null) {
				labels.add(Labels.viewForm(table.getCaption()));
			}
			for (Node n : Tables.allNodes(table.getColumns().getNodes())) {
				labels.add(Labels.viewForm(n.getLabel()));
			}
			for (Node n : Tables.allNodes(table.getRows().getNodes())) {
				labels.add(Labels.viewForm(n.getLabel()));
			}
		}
		labels.removeIf(l -> l.length() < 2);
		return labels;
	}
}
