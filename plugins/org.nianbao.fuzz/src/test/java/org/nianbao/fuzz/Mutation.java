package org.nianbao.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One edit of a text, at a relative position: characters, tokens and lines deleted, inserted,
 * duplicated or swapped; numbers swapped or replaced by huge, negative or fractional ones; unicode
 * (including lone surrogates, control characters, ideographic spaces) and runs of brackets inserted.
 */
record Mutation(Kind kind, double where, double other, int length, String payload) {

	enum Kind {
		DELETE_CHARS, INSERT, DUPLICATE_CHARS, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, DELETE_TOKEN,
		DUPLICATE_TOKEN, REPLACE_NUMBER, SWAP_NUMBERS, INSERT_BRACKETS
	}

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
	private static final Pattern TOKEN = Pattern.compile("\\S+");

	static Arbitrary<Mutation> arbitrary() {
		Arbitrary<String> syntax = Arbitraries.strings().withChars("{}()\"'.-+=:,;|\n\r\t 0123456789auto`*/\\")
				.ofMinLength(1).ofMaxLength(6);
		Arbitrary<String> words = Arbitraries.of("report", "template", "section", "table", "text", "group", "rule",
				"sum", "except", "per", "row", "column", "auto", "-", "\"\"\"", "\"", "//", "/*", "*/", "标题", "机关",
				"年度", "发布", "上年", "总计", "新收", "结转下年", "申请", "columns", "rows", "decimal", "signed", "==",
				"{申请.新收.总计}", "{申请.新收.总计 + 1}", "{不存在.行.列}", "{((((", "共受理政府信息公开申请27件",
				"行政诉讼案件2件", "\u3000", "\uFEFF", "\u0000", "\uD800", "\uDFFF", "😀", "𠀀", "\u202E");
		Arbitrary<String> numbers = Arbitraries.of("9".repeat(31), "9".repeat(30), "1".repeat(5000),
				"99999999999999999999", "-1", "-0", "0.5", "1.25", "00000007", "2147483648", "9223372036854775808",
				"0.000000000000000000000000001", "12345678901234567890.12345678", "1e9", "NaN", "٣", "１２");
		Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4);
		Arbitrary<String> payload = Arbitraries.oneOf(syntax, words, numbers, unicode);
		return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1),
				Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 60), payload)
				.as(Mutation::new);
	}

	String apply(String text) {
		int n = text.length();
		int at = Math.min(n, (int) (where * n));
		switch (kind) {
		case DELETE_CHARS:
			return text.substring(0, at) + text.substring(Math.min(n, at + length));
		case INSERT:
			return text.substring(0, at) + payload + text.substring(at);
		case DUPLICATE_CHARS: {
			String piece = text.substring(at, Math.min(n, at + length));
			return text.substring(0, at) + piece + text.substring(at);
		}
		case DELETE_LINE:
		case DUPLICATE_LINE:
		case SWAP_LINES: {
			List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
			int i = Math.min(lines.size() - 1, (int) (where * lines.size()));
			if (kind == Kind.DELETE_LINE) {
				lines.remove(i);
			} else if (kind == Kind.DUPLICATE_LINE) {
				lines.add(i, lines.get(i));
			} else {
				int j = Math.min(lines.size() - 1, (int) (other * lines.size()));
				String t = lines.get(i);
				lines.set(i, lines.get(j));
				lines.set(j, t);
			}
			return String.join("\n", lines);
		}
		case DELETE_TOKEN:
		case DUPLICATE_TOKEN: {
			Matcher m = TOKEN.matcher(text);
			if (!m.find(at)) {
				return text;
			}
			return kind == Kind.DELETE_TOKEN ? text.substring(0, m.start()) + text.substring(m.end())
					: text.substring(0, m.end()) + " " + m.group() + text.substring(m.end());
		}
		case REPLACE_NUMBER: {
			Matcher m = NUMBER.matcher(text);
			if (!m.find(at)) {
				return text.substring(0, at) + payload + text.substring(at);
			}
			return text.substring(0, m.start()) + payload + text.substring(m.end());
		}
		case SWAP_NUMBERS: {
			Matcher a = NUMBER.matcher(text);
			Matcher b = NUMBER.matcher(text);
			int other = Math.min(n, (int) (this.other * n));
			if (!a.find(Math.min(at, other)) || !b.find(Math.max(at, other)) || b.start() < a.end()) {
				return text;
			}
			return text.substring(0, a.start()) + b.group() + text.substring(a.end(), b.start()) + a.group()
					+ text.substring(b.end());
		}
		case INSERT_BRACKETS: {
			String open = payload.length() % 2 == 0 ? "(" : "{";
			String run = open.repeat(length * (payload.length() > 3 ? 200 : 1));
			return text.substring(0, at) + run + text.substring(at);
		}
		default:
			throw new IllegalStateException();
		}
	}

	static String applyAll(String text, List<Mutation> mutations) {
		String result = text;
		for (Mutation m : mutations) {
			result = m.apply(result);
		}
		return result;
	}
}
