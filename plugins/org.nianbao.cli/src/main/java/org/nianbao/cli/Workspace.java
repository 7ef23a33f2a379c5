package org.nianbao.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.util.ReplaceRegion;
import org.nianbao.NianbaoStandaloneSetup;

import com.google.inject.Injector;

/**
 * The language's injector, created once per process, and loading of the user's files into one
 * resource set (so reports see each other, e.g. last year's report).
 */
public final class Workspace {

	/** Largest input accepted, in bytes: reports are a few dozen KB, anything far larger is a mistake. */
	public static final long MAX_FILE_SIZE = 8L * 1024 * 1024;

	private static Injector injector;

	private Workspace() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * Starts creating the injector and parsing the 2021 national template on a daemon thread.
	 * {@link #injector()} waits for it; a failure there is left for the caller's own attempt to
	 * report, as if nothing had been prepared.
	 */
	public static void prepareInBackground() {
		Thread t = new Thread(() -> {
			try {
				Injector i = injector();
				if (i.getInstance(org.eclipse.xtext.scoping.IGlobalScopeProvider.class)
						instanceof org.nianbao.scoping.LibraryGlobalScopeProvider library) {
					library.preload(org.nianbao.library.Library.GOV_2021);
				}
			} catch (RuntimeException | LinkageError e) {
				// reported by the command's own call
			}
		}, "nianbao-prepare");
		t.setDaemon(true);
		// EMF's own metamodels (Ecore, then Xtext's grammar model) take half of the injector's time
		// to initialise, most of it before Guice first needs them: a third thread starts on them
		// while Guice reads the modules.
		Thread emf = new Thread(() -> {
			try {
				org.eclipse.xtext.XtextPackage.eINSTANCE.getClass();
			} catch (RuntimeException | LinkageError e) {
				// the injector's own use reports it
			}
		}, "nianbao-emf");
		emf.setDaemon(true);
		emf.start();
		t.start();
	}

	public static XtextResourceSet newResourceSet() {
		return injector().getInstance(XtextResourceSet.class);
	}

	/** Checks that a path is a readable regular file of sane size; throws a one-line UserError otherwise. */
	public static void checkReadable(Path file) {
		if (!Files.exists(file)) {
			throw new UserError(file + ": 文件不存在 (no such file)");
		}
		if (!Files.isRegularFile(file)) {
			throw new UserError(file + ": 不是文件 (not a regular file)");
		}
		if (!Files.isReadable(file)) {
			throw new UserError(file + ": 无法读取 (not readable)");
		}
		try {
			if (Files.size(file) > MAX_FILE_SIZE) {
				throw new UserError(file + ": 文件过大（超过 " + MAX_FILE_SIZE / 1024 / 1024 + " MB）(file too large)");
			}
		} catch (java.io.IOException e) {
			throw new UserError(file + ": " + e.getMessage(), e);
		}
	}

	/** Most directories hold hundreds of reports and few templates: only files that declare one are loaded. */
	private static final java.util.regex.Pattern DECLARES_TEMPLATE = java.util.regex.Pattern
			.compile("(?m)^\\s*template\\s");

	/**
	 * A report may name a template written in another file of its folder: when its template did
	 * not resolve from its own file or the library, the folder's template files are loaded too (not
	 * validated), so the reference resolves at validation as it does in the editor's workspace.
	 * Only then is the folder read: a report of the national template in a folder of thousands
	 * must not read them all.
	 */
	private static void loadSiblingTemplatesIfNeeded(XtextResourceSet rs, Path file, XtextResource resource) {
		if (!namesAnUnresolvedTemplate(resource)) {
			return;
		}
		Path dir = file.toAbsolutePath().normalize().getParent();
		if (dir == null) {
			return;
		}
		for (Path template : TEMPLATE_FILES.computeIfAbsent(dir, Workspace::templateFilesIn)) {
			try {
				rs.getResource(URI.createFileURI(template.toString()), true);
			} catch (RuntimeException e) {
				// Only matters if a report names its template; linking says so then.
			}
		}
	}

	/** Whether a report of the resource names a template that linking has not found (yet). */
	private static boolean namesAnUnresolvedTemplate(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof org.nianbao.nianbao.NianbaoFile f)) {
			return false;
		}
		for (org.eclipse.emf.ecore.EObject top : f.getElements()) {
			if (top instanceof org.nianbao.nianbao.Report report) {
				Object template = report.eGet(org.nianbao.nianbao.NianbaoPackage.Literals.REPORT__TEMPLATE, false);
				if (template instanceof org.eclipse.emf.ecore.EObject t && t.eIsProxy()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The files of a folder that declare a template, scanned once per process: an audit validates a
	 * folder's reports one by one and must not read the whole folder again for each of them.
	 */
	private static final java.util.Map<Path, List<Path>> TEMPLATE_FILES = new java.util.concurrent.ConcurrentHashMap<>();

	private static List<Path> templateFilesIn(Path dir) {
		List<Path> result = new ArrayList<>();
		try (var siblings = Files.list(dir)) {
			for (Path s : (Iterable<Path>) siblings::iterator) {
				Path abs = s.toAbsolutePath().normalize();
				try {
					if (abs.toString().endsWith(".nianbao") && Files.isRegularFile(abs) && Files.size(abs) <= MAX_FILE_SIZE
							&& DECLARES_TEMPLATE.matcher(Files.readString(abs)).find()) {
						result.add(abs);
					}
				} catch (java.io.IOException | RuntimeException e) {
					// An unreadable sibling is skipped like a report without a template.
				}
			}
		} catch (java.io.IOException e) {
			// An unlistable folder has no siblings to offer.
		}
		return List.copyOf(result);
	}

	/** Loads every file into one resource set; I/O problems become UserErrors (exit 2). */
	public static List<XtextResource> load(XtextResourceSet rs, List<Path> files) {
		checkAll(files);
		List<XtextResource> result = new ArrayList<>();
		for (Path f : files) {
			result.add(loadOne(rs, f));
		}
		return result;
	}

	/** Checks every file before any work: a missing one fails the run at once (exit 2). */
	public static void checkAll(List<Path> files) {
		for (Path f : files) {
			checkReadable(f);
		}
	}

	/**
	 * Loads a report whose text {@code parsed} is (an import, parsed by the importer's check) as
	 * {@link #loadOne} would load {@code f} holding that text: the same resource, with the parse
	 * result's model and node model, linked as on loading; the text is neither read nor parsed again.
	 */
	public static XtextResource loadParsed(XtextResourceSet rs, Path f, IParseResult parsed) {
		URI uri = URI.createFileURI(f.toAbsolutePath().normalize().toString());
		XtextResource resource = (XtextResource) rs.createResource(uri);
		IParser own = resource.getParser();
		resource.setParser(new Parsed(own, parsed));
		try {
			// the text itself, should the resource ask for anything but the whole text's parse
			resource.load(new LazyStringInputStream(parsed.getRootNode().getText(), resource.getEncoding()), rs.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			throw new UserError(f + ": 无法读取 (" + e.getMessage() + ")", e);
		} finally {
			resource.setParser(own);
		}
		loadSiblingTemplatesIfNeeded(rs, f, resource);
		return resource;
	}

	/** The parser of a resource loaded from a parse at hand: gives that parse for the whole text, parses anything else. */
	private record Parsed(IParser parser, IParseResult result) implements IParser {
		@Override
		public IParseResult parse(Reader reader) {
			return result;
		}

		@Override
		public IParseResult parse(ParserRule rule, Reader reader) {
			return parser.parse(rule, reader);
		}

		@Override
		public IParseResult parse(RuleCall ruleCall, Reader reader, int initialLookAhead) {
			return parser.parse(ruleCall, reader, initialLookAhead);
		}

		@Override
		public IParseResult reparse(IParseResult previousParseResult, ReplaceRegion replaceRegion) {
			return parser.reparse(previousParseResult, replaceRegion);
		}
	}

	/**
	 * Loads one checked file into the resource set (or returns it, if a reference loaded it already),
	 * with the templates of its folder when it needs them.
	 */
	public static XtextResource loadOne(XtextResourceSet rs, Path f) {
		URI uri = URI.createFileURI(f.toAbsolutePath().normalize().toString());
		XtextResource resource;
		try {
			resource = (XtextResource) rs.getResource(uri, true);
		} catch (RuntimeException e) {
			throw new UserError(f + ": 无法读取 (" + e.getMessage() + ")", e);
		}
		loadSiblingTemplatesIfNeeded(rs, f, resource);
		return resource;
	}
}
