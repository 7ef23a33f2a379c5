package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.conversion.Widths;
import org.nianbao.importer.audit.OrganNames;

/**
 * Last year's report of each report among the files given to one command, found before any of
 * them is validated: the report its {@code 上年 名称} names, or else — when it names none — the
 * report of the same organ (names compared as {@link OrganNames#same} does) for the year before.
 * Only each file's header is read (name, 机关, 年度, 上年), not parsed: the files are parsed one by
 * one as they are validated.
 */
final class LastYearReports {
	private LastYearReports() {
	}

	/** What a file's report says of itself; null fields where it says nothing. */
	record Header(Path file, String name, String organ, Integer year, boolean namesPrevious, String previousName) {
	}

	/** The head of a file that holds its metadata: reports put it before their sections. */
	private static final int HEAD = 16 * 1024;

	private static final Pattern NAME = Pattern.compile("(?m)^\\s*(?:report|报告)\\s+([^\\s:：{｛]+)\\s*[:：]");
	private static final Pattern ORGAN = Pattern.compile("(?m)^\\s*机关\\s*[\"“]([^\"”\\n]*)[\"”]");
	private static final Pattern YEAR = Pattern.compile("(?m)^\\s*年度\\s*([0-9０-９]{4})\\b");
	private static final Pattern PREVIOUS = Pattern.compile("(?m)^\\s*上年\\s+(?:[\"“]|([^\\s\"“\\d０-９-]\\S*))");
	/** The metadata ends where the sections begin (a row may be named 上年结转). */
	private static final Pattern SECTIONS = Pattern.compile("(?m)^\\s*(?:section|章节)\\s");

	static Header header(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			return new Header(file, null, null, null, false, null);
		}
		String text = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.UTF_8);
		Matcher sections = SECTIONS.matcher(text);
		text = sections.find() ? text.substring(0, sections.start()) : text;
		Matcher name = NAME.matcher(text);
		Matcher organ = ORGAN.matcher(text);
		Matcher year = YEAR.matcher(text);
		Matcher previous = PREVIOUS.matcher(text);
		boolean names = previous.find();
		return new Header(file, name.find() ? Widths.fold(name.group(1)) : null, organ.find() ? organ.group(1) : null,
				year.find() ? Integer.valueOf(Widths.fold(year.group(1))) : null, names,
				names && previous.group(1) != null ? Widths.fold(previous.group(1)) : null);
	}

	/** File → the file of its last year's report, for the files that have one among those given. */
	static Map<Path, Path> pick(List<Path> files) {
		List<Header> headers = new ArrayList<>();
		for (Path f : files) {
			headers.add(header(f));
		}
		// looked up by name and by organ and year, not compared pairwise: a folder may hold thousands
		Map<String, List<Header>> byName = byName(headers);
		Map<String, Header> byOrganAndYear = new HashMap<>();
		for (Header h : headers) {
			if (h.organ() != null && h.year() != null) {
				byOrganAndYear.putIfAbsent(organAndYear(h.organ(), h.year()), h);
			}
		}
		Map<Path, Map<String, List<Header>>> folders = new HashMap<>();
		Map<Path, Path> picked = new LinkedHashMap<>();
		for (Header h : headers) {
			Header last;
			if (h.previousName() != null) {
				last = named(byName, h, null);
				if (last == null) {
					// else among the reports of its folder, each folder's headers read once
					Path dir = h.file().toAbsolutePath().normalize().getParent();
					last = dir == null ? null : named(folders.computeIfAbsent(dir, LastYearReports::folder), h,
							h.file().toAbsolutePath().normalize());
				}
			} else if (h.namesPrevious() || files.size() < 2 || h.organ() == null || h.year() == null) {
				last = null;
			} else {
				last = byOrganAndYear.get(organAndYear(h.organ(), h.year() - 1));
			}
			if (last != null) {
				picked.put(h.file(), last.file());
			}
		}
		return picked;
	}

	/** Name → the first two headers of that name, in order (a report never names itself: the other one). */
	private static Map<String, List<Header>> byName(List<Header> headers) {
		Map<String, List<Header>> byName = new HashMap<>();
		for (Header h : headers) {
			if (h.name() != null) {
				List<Header> same = byName.computeIfAbsent(h.name(), n -> new ArrayList<>(2));
				if (same.size() < 2) {
					same.add(h);
				}
			}
		}
		return byName;
	}

	/** The first of the headers named as {@code h}'s 上年 names, other than {@code h} itself (and than its file {@code own}, when given). */
	private static Header named(Map<String, List<Header>> byName, Header h, Path own) {
		for (Header other : byName.getOrDefault(h.previousName(), List.of())) {
			if (other != h && (own == null || !other.file().equals(own))) {
				return other;
			}
		}
		return null;
	}

	/** The headers of a folder's reports, by name, in file-name order. */
	private static Map<String, List<Header>> folder(Path dir) {
		try (var siblings = Files.list(dir)) {
			return byName(siblings.filter(f -> f.toString().endsWith(".nianbao")).sorted().map(LastYearReports::header).toList());
		} catch (IOException e) {
			return Map.of();
		}
	}

	private static String organAndYear(String organ, int year) {
		return year + ":" + OrganNames.normalise(organ);
	}
}
