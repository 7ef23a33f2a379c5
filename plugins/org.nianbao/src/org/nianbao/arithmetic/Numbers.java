package org.nianbao.arithmetic;

import java.math.BigDecimal;

/** Number rendering shared by messages, hovers and outputs: plain notation, no trailing zeros for integers. */
public final class Numbers {
	private Numbers() {
	}

	public static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value;
		if (v.scale() > 0 && v.stripTrailingZeros().scale() <= 0) {
			v = v.setScale(0);
		}
		return v.toPlainString();
	}

	public static boolean isInteger(BigDecimal value) {
		return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}
}
