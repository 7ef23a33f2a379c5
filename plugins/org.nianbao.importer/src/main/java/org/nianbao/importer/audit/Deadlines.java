package org.nianbao.importer.audit;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.library.Library;
import org.nianbao.model.PublicationDeadlines;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Template;

import com.google.inject.Injector;

/**
 * When a year's report is due, by the kind of organ: the {@code deadline} declarations of the
 * national template of that year ({@code gov-2021.nianbao}, {@code gov-2019.nianbao}; 条例第四十九条),
 * read once per template file — the one place they are written. The kinds a roster may name are
 * those the current format's template declares.
 */
public final class Deadlines {
	private Deadlines() {
	}

	/** Library file → kind → day of the next year, in the template's order. */
	private static final Map<String, Map<String, MonthDay>> DECLARED = new ConcurrentHashMap<>();

	/** Created on first use: an audit without a roster never parses the templates. */
	private static final class Templates {
		static final Injector INJECTOR = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private static Map<String, MonthDay> declared(String file) {
		return DECLARED.computeIfAbsent(file, f -> {
			Resource r = Templates.INJECTOR.getInstance(XtextResourceSet.class).getResource(Library.uri(f), true);
			for (var e : ((NianbaoFile) r.getContents().get(0)).getElements()) {
				if (e instanceof Template t) {
					return Collections.unmodifiableMap(PublicationDeadlines.of(t));
				}
			}
			return Map.of();
		});
	}

	/** The library file of the national format a year's report uses (the current one before 2019). */
	private static String fileFor(int year) {
		String file = Library.fileDeclaring(Formats.expected(year));
		return file == null ? Library.GOV_2021 : file;
	}

	/** The kinds a roster may name: those the current format's template declares, in its order. */
	public static Set<String> kinds() {
		return declared(Library.GOV_2021).keySet();
	}

	/** The last day a report of {@code year} by an organ of {@code kind} is on time. */
	public static LocalDate due(String kind, int year) {
		MonthDay d = declared(fileFor(year)).get(kind);
		if (d == null) {
			throw new IllegalArgumentException("unknown kind " + kind);
		}
		return d.atYear(year + 1);
	}
}
