package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Fingerprints;
import org.nianbao.validation.PreviousReports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nianbao validate [--format text|json|sarif] [--lang zh|en] [--previous FILE] (FILE|DIR)...}:
 * syntax, linking and every rule of the report's template, printed as text lines
 * ({@code file:line:col: severity: [code] message}), a JSON array or a SARIF 2.1.0 log.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "校验报告：语法、引用和模板声明的全部勾稽关系。", "Validate reports against their templates." })
public class ValidateCommand implements Callable<Integer> {

	/** Output formats. */
	public enum Format {
		text, json, sarif
	}

	/** Message languages. */
	public enum Lang {
		zh, en
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif",
			description = "输出格式 (output format): ${COMPLETION-CANDIDATES}; 默认 ${DEFAULT-VALUE}")
	Format format;

	@Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
			description = "消息语言 (message language): ${COMPLETION-CANDIDATES}; 默认 ${DEFAULT-VALUE}")
	Lang lang;

	@Option(names = "--previous", paramLabel = "FILE",
			description = "上年报告，用于跨年度检查 (last year's report, for the cross-year checks)")
	Path previous;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR",
			description = "要校验的 .nianbao 文件或目录 (files to validate, or folders of them)")
	List<Path> files;

	@Override
	public Integer call() {
		List<Finding> findings = validate(expand(files), previous, lang == null ? "zh" : lang.name());
		var out = spec.commandLine().getOut();
		switch (format) {
		case json -> out.println(toJson(findings));
		case sarif -> out.println(toSarif(findings));
		default -> {
			for (Finding f : findings) {
				out.println(f.toText());
			}
		}
		}
		out.flush();
		return findings.stream().anyMatch(Finding::isError) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** The files given, a folder standing for the .nianbao files in it and its subfolders (sorted). */
	static List<Path> expand(List<Path> given) {
		List<Path> files = new ArrayList<>();
		for (Path p : given) {
			if (!java.nio.file.Files.isDirectory(p)) {
				files.add(p);
				continue;
			}
			List<Path> inside;
			try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(p, 8)) {
				inside = s.filter(f -> f.toString().endsWith(".nianbao") && java.nio.file.Files.isRegularFile(f)).sorted()
						.toList();
			} catch (java.io.IOException e) {
				throw new UserError(p + ": 无法读取目录 (" + e.getMessage() + ")", e);
			}
			if (inside.isEmpty()) {
				throw new UserError(p + ": 目录中没有 .nianbao 文件 (no .nianbao files in the folder)");
			}
			files.addAll(inside);
		}
		return files;
	}

	/** Validates in Chinese without a previous report (kept for other commands and tests). */
	public static List<Finding> validate(List<Path> files) {
		return validate(files, null, "zh");
	}

	/**
	 * Loads all files into one resource set and validates each; findings sorted by file and
	 * position, messages in the given language. {@code previous}, when given, is last year's report
	 * for every file that does not name its own ({@code 上年 "…"} or {@code 上年 名称}); without it, a
	 * report that names none is compared with the report of the same organ for the year before
	 * among the files given ({@link LastYearReports}).
	 */
	public static List<Finding> validate(List<Path> files, Path previous, String language) {
		XtextResourceSet rs = resourceSet(previous);
		Workspace.checkAll(files);
		IResourceValidator validator = Workspace.injector().getInstance(IResourceValidator.class);
		List<Finding> findings = new ArrayList<>();
		// last year's report among the files given: the one a report names, else the same organ's
		Map<Path, Path> lastYear = LastYearReports.pick(files);
		// Each report is validated right after it is loaded, while its objects are still in the
		// processor's caches; all of them stay in one resource set, so they can still see each other.
		// Last year's report is loaded before it: validation reads no file.
		for (Path file : files) {
			Path last = previous == null ? lastYear.get(file) : null;
			if (last != null) {
				Workspace.loadOne(rs, last);
			}
			XtextResource resource = Workspace.loadOne(rs, file);
			if (last != null) {
				PreviousReports.assign(resource, URI.createFileURI(last.toAbsolutePath().normalize().toString()));
			}
			PreviousReports.load(resource);
			findings.addAll(validate(validator, resource, file, language));
		}
		sort(findings);
		return findings;
	}

	/** A resource set for validation, holding last year's report as the default previous one when given. */
	static XtextResourceSet resourceSet(Path previous) {
		XtextResourceSet rs = Workspace.newResourceSet();
		if (previous != null) {
			usePrevious(rs, previous);
		}
		return rs;
	}

	/** Loads last year's report into the resource set as the default previous report of its reports. */
	static void usePrevious(XtextResourceSet rs, Path previous) {
		Workspace.checkReadable(previous);
		URI uri = URI.createFileURI(previous.toAbsolutePath().normalize().toString());
		try {
			rs.getResource(uri, true);
		} catch (RuntimeException e) {
			throw new UserError(previous + ": 无法读取 (" + e.getMessage() + ")", e);
		}
		PreviousReports.setDefault(rs, uri);
	}

	/** The findings of one loaded report, located in the published file and fingerprinted (unsorted). */
	static List<Finding> validate(IResourceValidator validator, XtextResource resource, Path file, String language) {
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<Finding> found = new ArrayList<>(issues.size());
		PublishedPlaces places = PublishedPlaces.of(file, resource);
		for (Issue issue : issues) {
			found.add(places.locate(Finding.of(file.toString(), issue, language), issue));
		}
		return Fingerprints.assign(resource, issues, found);
	}

	/** Findings in the order every output prints them: by file, then position. */
	static void sort(List<Finding> findings) {
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
				.thenComparingInt(Finding::column));
	}

	/** Built on first use: Jackson's ~300 classes would otherwise load on every start, even for text output. */
	private static final class Json {
		static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	}

	/** The agreed JSON: one object per finding; cell findings add expected, actual and cell. */
	static String toJson(List<Finding> findings) {
		ArrayNode array = Json.MAPPER.createArrayNode();
		for (Finding f : findings) {
			ObjectNode o = array.addObject();
			o.put("file", f.file());
			o.put("line", f.line());
			o.put("column", f.column());
			o.put("endLine", f.endLine());
			o.put("endColumn", f.endColumn());
			o.put("severity", f.severity());
			o.put("code", f.code());
			o.put("message", f.message());
			o.put("fingerprint", f.fingerprint());
			org.nianbao.importer.audit.AuditWriters.putSource(o, f.source());
			if (f.hasCell()) {
				o.put("expected", f.expected());
				o.put("actual", f.actual());
				ObjectNode cell = o.putObject("cell");
				cell.put("table", f.table());
				cell.put("row", f.row());
				cell.put("column", f.col());
			}
		}
		return write(array);
	}

	/** A SARIF 2.1.0 log with one run; cell findings carry expected, actual and the cell as properties. */
	static String toSarif(List<Finding> findings) {
		List<SarifWriter.Result> results = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			Map<String, Object> p = null;
			if (f.hasCell()) {
				p = new LinkedHashMap<>();
				p.put("expected", f.expected());
				p.put("actual", f.actual());
				p.put("table", f.table());
				p.put("row", f.row());
				p.put("column", f.col());
			}
			results.add(new SarifWriter.Result(f.code(), f.severity(), f.message(), f.file(), f.line(), f.column(),
					f.endLine(), f.endColumn(), p, f.fingerprint(), null, false, null, f.source()));
		}
		return write(SarifWriter.log(Json.MAPPER, results));
	}

	private static String write(Object node) {
		try {
			return Json.MAPPER.writeValueAsString(node);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
