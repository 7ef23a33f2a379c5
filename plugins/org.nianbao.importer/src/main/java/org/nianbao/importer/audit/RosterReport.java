package org.nianbao.importer.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the roster check found for one year; serialised as the audit JSON's {@code roster} object
 * (the field names are the contract: {@code missing}, {@code late}, {@code wrong_format},
 * {@code duplicate}, {@code unknown}; each element has at least {@code organ}). An element whose
 * report was matched to the roster by similarity only carries {@code "matched_by_similarity": true}
 * and the name as published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RosterReport(int year, List<Missing> missing, List<Late> late,
		@JsonProperty("wrong_format") List<WrongFormat> wrongFormat, List<Duplicate> duplicate, List<Unknown> unknown,
		List<Similar> similar, List<Undated> undated) {

	/** A roster organ with no report for the year. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Missing(String organ, String kind, String parent) {
	}

	/** Published after the deadline of its kind ({@link Deadlines}). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Late(String organ, String kind, String input, String date, String deadline,
			@JsonProperty("published_name") String publishedName,
			@JsonProperty("matched_by_similarity") Boolean matchedBySimilarity) {
	}

	/** The template does not match the year ({@link Formats}). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record WrongFormat(String organ, String input, int year, String template, String expected,
			@JsonProperty("published_name") String publishedName,
			@JsonProperty("matched_by_similarity") Boolean matchedBySimilarity) {
	}

	/** Two or more reports of one organ for the year. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Duplicate(String organ, List<String> inputs) {
	}

	/** A report of an organ the roster does not list. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Unknown(String organ, String input) {
	}

	/** The warning on a roster entry matched by similarity only: the name as the report prints it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Similar(String organ, @JsonProperty("published_name") String publishedName, String input,
			double similarity, @JsonProperty("matched_by_similarity") boolean matchedBySimilarity) {
	}

	/** A report whose 发布 date is missing or not a date: whether it was late cannot be said. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Undated(String organ, String input, String date) {
	}
}
