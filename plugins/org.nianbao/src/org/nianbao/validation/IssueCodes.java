package org.nianbao.validation;

/** The codes, where tools outside the runtime first found them: see {@link org.nianbao.diagnostics.IssueCodes}. */
public interface IssueCodes extends org.nianbao.diagnostics.IssueCodes {
}
