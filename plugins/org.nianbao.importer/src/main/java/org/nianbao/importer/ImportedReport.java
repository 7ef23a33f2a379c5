package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.nianbao.model.SourceComments.Source;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

/** What the importer understood of a publication, before it is printed as a `.nianbao` report. */
public final class ImportedReport {
	public Template template;
	public String name;
	public String title;
	public String organ;
	public Integer year;
	public String date;
	/** The text between the title and the first section heading, kept in its own place before 总体情况. */
	public final List<String> preamble = new ArrayList<>();
	public final List<Section> sections = new ArrayList<>();

	public static final class Section {
		public final SectionDef def;
		/** Where its heading was in the published file, or null. */
		public Source heading;
		/** Paragraphs ({@link Text}), tables and remarks in published order. */
		public final List<Object> contents = new ArrayList<>();

		public Section(SectionDef def) {
			this.def = def;
		}
	}

	/** A remark kept for the reader in the imported file (e.g. numbers printed outside any row). */
	public record Remark(String text) {
	}

	public static final class Table {
		public final TableDef def;
		public final List<Row> rows = new ArrayList<>();

		public Table(TableDef def) {
			this.def = def;
		}
	}

	/**
	 * One row: cells per column leaf (null = blank); a row of group totals names its group instead
	 * of a leaf (a publication that prints a group of rows as one row).
	 *
	 * @param publishedLabel the label as published when it differs from the template's (a typo)
	 * @param comment        a remark for the reader (raw run-together digits), or null
	 */
	public record Row(Leaf leaf, String publishedLabel, List<Cell> cells, String comment, int line, Source at,
			List<Source> cellSources, Group group) {
		public Row(Leaf leaf, String publishedLabel, List<Cell> cells, String comment, int line) {
			this(leaf, publishedLabel, cells, comment, line, null, List.of(), null);
		}

		/** A row of the group's totals. */
		public static Row totals(Group group, List<Cell> cells, String comment, int line) {
			return new Row(null, null, cells, comment, line, null, List.of(), group);
		}

		/** The same row with where its label and each of its cells were in the published file. */
		public Row at(Source label, List<Source> cells) {
			return new Row(leaf, publishedLabel, this.cells, comment, line, label, cells, group);
		}
	}

	/** A paragraph of narrative as published, and where it began. */
	public record Text(String text, Source at) {
	}

	/**
	 * A cell: a value or blank (null), with the published text as note when it said more than the
	 * number; or unreadable (the publication's digits could not be read for certain).
	 */
	public record Cell(BigDecimal value, String note, boolean unreadable) {
		public Cell(BigDecimal value, String note) {
			this(value, note, false);
		}

		public static Cell blank(String note) {
			return new Cell(null, note);
		}

		public static Cell unknown() {
			return new Cell(null, null, true);
		}
	}

	public Section section(SectionDef def) {
		for (Section s : sections) {
			if (s.def == def) {
				return s;
			}
		}
		Section s = new Section(def);
		sections.add(s);
		return s;
	}
}
