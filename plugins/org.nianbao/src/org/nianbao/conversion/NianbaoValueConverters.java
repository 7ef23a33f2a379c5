package org.nianbao.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

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

	@Inject
	private STRINGValueConverter stringConverter;

	@ValueConverter(rule = "NUMBER")
	public IValueConverter<BigDecimal> NUMBER() {
		return new AbstractLexerBasedConverter<BigDecimal>() {
			@Override
			public BigDecimal toValue(String string, INode node) {
				if (string == null || string.isEmpty()) {
					throw new ValueConverterException("数字为空", node, null);
				}
				if (string.length() > MAX_NUMBER_LENGTH) {
					throw new ValueConverterException("数字过长（超过 " + MAX_NUMBER_LENGTH + " 位）", node, null);
				}
				try {
					return new BigDecimal(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("不是有效的数字：" + string, node, e);
				}
			}

			@Override
			protected String toEscapedString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

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
					throw new ValueConverterException("文本块不完整", node, null);
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
