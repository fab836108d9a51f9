package org.competencygraph.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in explanations: at most three decimals, no trailing zeros ("5", "0.625", "0.333"). */
public final class Format {

	private Format() {
	}

	public static String number(double value) {
		return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** Rounded to 4 decimals for answers, so that 0.1 + 0.2 shows as 0.3. */
	public static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
