package org.nianbao.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.TableData;

/**
 * The stable identity of a finding, so that a reviewer's decision on it survives the next run: the
 * first 16 hex digits of SHA-256 over its code, the report's organ and year, and what it concerns —
 * the cell ({@code 表.行.列}) or the text flagged (a few characters around it, and the section, table
 * and row it is in). Line numbers never enter: a paragraph added above a fault must not make it a
 * new finding. Two findings
 * with the same key in one report are told apart by their order ({@code #2}, {@code #3}…).
 */
public final class Fingerprints {
	private Fingerprints() {
	}

	/** Bumped when the key changes; baselines of another version then see every finding as new. */
	public static final String VERSION = "v1";
	/** The SARIF {@code partialFingerprints} key. */
	public static final String SARIF_KEY = "nianbao/v1";

	/**
	 * Width and spacing do not tell two names apart: NFKC folds full-width forms (（ → (, １ → 1),
	 * whitespace (also U+3000, zero-width spaces and the BOM) is removed.
	 */
	public static String canonical(String s) {
		if (s == null) {
			return "";
		}
		String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
		StringBuilder sb = new StringBuilder(n.length());
		for (int i = 0; i < n.length(); i++) {
			char c = n.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/** What a cell finding concerns. */
	public static String cellSubject(String table, String row, String column) {
		return "cell:" + table + "." + row + "." + column;
	}

	/** What any other finding concerns: the text (canonical), under its context path. */
	public static String textSubject(String context, String text) {
		return "text:" + (context == null ? "" : context) + ":" + canonical(text);
	}

	/** The key of a finding before hashing; {@link #hash} after {@link #disambiguate}. */
	public static String key(String code, String organ, Integer year, String subject) {
		return VERSION + "|" + code + "|" + canonical(organ) + "|" + (year == null ? "" : year) + "|" + subject;
	}

	/** The keys in order, the second and later occurrences of a key suffixed with their ordinal. */
	public static List<String> disambiguate(List<String> keys) {
		Map<String, Integer> seen = new HashMap<>();
		List<String> result = new ArrayList<>(keys.size());
		for (String k : keys) {
			int n = seen.merge(k, 1, Integer::sum);
			result.add(n == 1 ? k : k + "#" + n);
		}
		return result;
	}

	public static String hash(String key) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(d).substring(0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** Fingerprints for one key list: disambiguated, then hashed. */
	public static List<String> of(List<String> keys) {
		return disambiguate(keys).stream().map(Fingerprints::hash).toList();
	}

	/**
	 * The findings of one resource (made from {@code issues}, in the same order) with their
	 * fingerprints: each issue is attributed to the report whose text holds it.
	 */
	public static List<Finding> assign(XtextResource resource, List<Issue> issues, List<Finding> findings) {
		List<String> keys = new ArrayList<>(findings.size());
		for (int i = 0; i < findings.size(); i++) {
			keys.add(key(resource, issues.get(i), findings.get(i)));
		}
		List<String> fps = of(keys);
		List<Finding> result = new ArrayList<>(findings.size());
		for (int i = 0; i < findings.size(); i++) {
			result.add(findings.get(i).withFingerprint(fps.get(i)));
		}
		return result;
	}

	static String key(XtextResource resource, Issue issue, Finding f) {
		Report report = reportAt(resource, issue.getOffset());
		String organ = report == null ? null : report.getOrgan();
		Integer year = report == null || report.getYear() == null ? null : report.getYear().intValue();
		String subject;
		if (f.hasCell()) {
			subject = cellSubject(f.table(), f.row(), f.col());
		} else {
			EObject at = problemObject(resource, issue);
			subject = textSubject(context(at), flaggedText(resource, issue));
		}
		return key(f.code(), organ, year, subject);
	}

	/** The report whose text contains the offset; the first report when there is no offset. */
	static Report reportAt(XtextResource resource, Integer offset) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof NianbaoFile file)) {
			return null;
		}
		Report first = null;
		for (EObject e : file.getElements()) {
			if (e instanceof Report r) {
				if (first == null) {
					first = r;
				}
				ICompositeNode node = NodeModelUtils.getNode(r);
				if (offset != null && node != null && node.getOffset() <= offset && offset < node.getEndOffset()) {
					return r;
				}
			}
		}
		return first;
	}

	private static EObject problemObject(XtextResource resource, Issue issue) {
		EObject causer = NianbaoDiagnosticConverter.causer(issue);
		if (causer != null && causer.eResource() == resource) {
			return causer; // the object the URI's fragment names, without making the URI
		}
		if (issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null) {
			return null;
		}
		try {
			return resource.getEObject(issue.getUriToProblem().fragment());
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** Section / table / row around an object, by the names as written (also when unresolved). */
	static String context(EObject o) {
		List<String> parts = new ArrayList<>();
		NianbaoPackage p = NianbaoPackage.eINSTANCE;
		for (EObject e = o; e != null && !(e instanceof Report); e = e.eContainer()) {
			if (e instanceof RowData) {
				parts.add(0, written(e, ((RowData) e).isTotal() ? p.getRowData_Group() : p.getRowData_Row()));
			} else if (e instanceof TableData) {
				parts.add(0, written(e, p.getTableData_Table()));
			} else if (e instanceof SectionData) {
				parts.add(0, written(e, p.getSectionData_Section()));
			}
		}
		return String.join("/", parts);
	}

	private static String written(EObject o, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(o, feature);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** Characters of context either side of a flagged text: a lone "2" in a paragraph says nothing. */
	static final int AROUND = 10;

	/**
	 * The source text an issue marks with up to {@link #AROUND} characters either side, never past
	 * its line (blank lines added around it must not matter); the issue's message when it marks none.
	 */
	static String flaggedText(XtextResource resource, Issue issue) {
		if (resource.getParseResult() != null && issue.getOffset() != null && issue.getLength() != null
				&& issue.getLength() > 0) {
			String text = resource.getParseResult().getRootNode().getText();
			int from = issue.getOffset(), to = from + issue.getLength();
			if (from >= 0 && to <= text.length()) {
				int lineStart = text.lastIndexOf('\n', from - 1) + 1;
				int lineEnd = text.indexOf('\n', to);
				if (lineEnd < 0) {
					lineEnd = text.length();
				}
				return text.substring(Math.max(lineStart, from - AROUND), Math.max(to, Math.min(lineEnd, to + AROUND)));
			}
		}
		return issue.getMessage();
	}
}
