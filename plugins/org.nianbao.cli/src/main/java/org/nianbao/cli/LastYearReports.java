package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
		try {
			return header(file, Files.readAllBytes(file));
		} catch (IOException e) {
			return new Header(file, null, null, null, false, null);
		}
	}

	/** The header of {@code file} holding {@code bytes} (UTF-8), read from them: a file just written need not be read. */
	static Header header(Path file, byte[] bytes) {
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
		Map<Path, Path> picked = new LinkedHashMap<>();
		for (Header h : headers) {
			Header last = h.previousName() != null ? named(headers, h)
					: h.namesPrevious() || files.size() < 2 ? null : sameOrgan(headers, h);
			if (last != null) {
				picked.put(h.file(), last.file());
			}
		}
		return picked;
	}

	/** The report a report names: among the files given, else among the reports of its folder. */
	private static Header named(List<Header> headers, Header h) {
		for (Header other : headers) {
			if (other != h && h.previousName().equals(other.name())) {
				return other;
			}
		}
		Path dir = h.file().toAbsolutePath().normalize().getParent();
		if (dir == null) {
			return null;
		}
		try (var siblings = Files.list(dir)) {
			for (Path f : siblings.filter(f -> f.toString().endsWith(".nianbao")).sorted().toList()) {
				Header other = f.equals(h.file().toAbsolutePath().normalize()) ? null : header(f);
				if (other != null && h.previousName().equals(other.name())) {
					return other;
				}
			}
		} catch (IOException e) {
			return null;
		}
		return null;
	}

	private static Header sameOrgan(List<Header> headers, Header h) {
		if (h.organ() == null || h.year() == null) {
			return null;
		}
		for (Header other : headers) {
			if (other != h && other.organ() != null && other.year() != null && other.year() == h.year() - 1
					&& OrganNames.same(other.organ(), h.organ())) {
				return other;
			}
		}
		return null;
	}
}
