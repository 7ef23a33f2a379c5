package org.nianbao.validation;

/**
 * Stable diagnostic codes. NB0xx: syntax and linking; NB1xx: arithmetic (勾稽关系);
 * NB2xx: structure; NB3xx: cross-document and narrative checks.
 */
public interface IssueCodes {
	String SYNTAX = "NB001";
	String UNRESOLVED_REFERENCE = "NB002";
	String BAD_VALUE = "NB003";
}
