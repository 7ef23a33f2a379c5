package org.nianbao.importer;

/** The report's identifier in the `.nianbao` file, from its organ and year. */
final class Names {
	private Names() {
	}

	static String identifier(ImportedReport report) {
		StringBuilder id = new StringBuilder();
		if (report.organ != null) {
			for (char c : report.organ.toCharArray()) {
				if (c < 128 ? Character.isLetterOrDigit(c) || c == '_' : c >= '\u3400' && c <= '\u9fff') {
					id.append(c);
				}
			}
		}
		if (id.length() == 0 || Character.isDigit(id.charAt(0))) {
			id.insert(0, "报告");
		}
		if (report.year != null) {
			id.append(report.year);
		}
		return id.toString();
	}
}
