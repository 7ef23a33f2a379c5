package org.nianbao.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;

import com.google.inject.Inject;

/**
 * Converters for numbers (exact decimals), strings and narrative text blocks. One per injector:
 * the converter table is built by reflection over the grammar, too costly to repeat for every
 * resource, which Xtext's unscoped default binding would do (a new parser per resource).
 */
@com.google.inject.Singleton
public class NianbaoValueConverters extends DefaultTerminalConverters {

	/** Longest number accepted, in characters: beyond it a value is a typing accident, not a count. */
	public static final int MAX_NUMBER_LENGTH = 30;

	/**
	 * A value refused, described by one datum for {@link Messages} ({@code @key[:argument]} of a
	 * phrase), which the syntax error provider passes on as NB003's data.
	 */
	public static final class BadValue extends ValueConverterException {
		private static final long serialVersionUID = 1L;
		private final String datum;

		BadValue(String datum, INode node, Exception cause) {
			super(Messages.render(IssueCodes.BAD_VALUE, new String[] { datum }), node, cause);
			this.datum = datum;
		}

		public String datum() {
			return datum;
		}
	}

	@Inject
	private ImeStringConverter stringConverter;

	@ValueConverter(rule = "NUMBER")
	public IValueConverter<BigDecimal> NUMBER() {
		return numbers;
	}

	/** `-18` in a cell, `a -1` in a formula: see the grammar's Addition. */
	@ValueConverter(rule = "NEGATIVE")
	public IValueConverter<BigDecimal> NEGATIVE() {
		return numbers;
	}

	/** Numbers with full-width digits are the same numbers; a group separator is refused, located. */
	private final IValueConverter<BigDecimal> numbers = new AbstractLexerBasedConverter<BigDecimal>() {
		@Override
		public BigDecimal toValue(String written, INode node) {
			if (written == null || written.isEmpty()) {
				throw new BadValue("@value.emptyNumber", node, null);
			}
			if (written.length() > MAX_NUMBER_LENGTH) {
				throw new BadValue("@value.longNumber:" + MAX_NUMBER_LENGTH, node, null);
			}
			String string = Widths.fold(written);
			if (string.indexOf(',') >= 0) {
				throw new BadValue(SEPARATOR + written, node, null);
			}
			try {
				return new BigDecimal(string);
			} catch (NumberFormatException e) {
				throw new BadValue("@value.badNumber:" + written, node, e);
			}
		}

		@Override
		protected String toEscapedString(BigDecimal value) {
			return value.toPlainString();
		}
	};

	/** NB003's datum for a number written with group separators (`10,402`), which a quick fix removes. */
	public static final String SEPARATOR = "@value.separator:";

	/** Names and paths: full-width digits and points name what the ASCII ones name. */
	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return names;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return names;
	}

	private final IValueConverter<String> names = new IValueConverter<String>() {
		@Override
		public String toValue(String string, INode node) {
			return string == null ? null : Widths.fold(string);
		}

		@Override
		public String toString(String value) {
			return value;
		}
	};

	@ValueConverter(rule = "STRING")
	@Override
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	/** `"""…"""` blocks: the delimiters go; the text between them is kept exactly. */
	@ValueConverter(rule = "TEXT")
	public IValueConverter<String> TEXT() {
		return new AbstractLexerBasedConverter<String>() {
			@Override
			public String toValue(String string, INode node) {
				if (string == null || string.length() < 6) {
					throw new BadValue("@value.openText", node, null);
				}
				return string.substring(3, string.length() - 3);
			}

			@Override
			protected String toEscapedString(String value) {
				return "\"\"\"" + value + "\"\"\"";
			}

			@Override
			public void assertValidValue(String value) {
				super.assertValidValue(value);
				if (value.contains("\"\"\"")) {
					throw new ValueConverterException("文本中不能包含三个连续的双引号", null, null);
				}
			}
		};
	}
}
