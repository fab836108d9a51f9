package org.competencygraph.api;

import org.jspecify.annotations.Nullable;

/**
 * Text that callers chose (messages, operation names, user names) made safe for one log line: no line break or
 * other control character can forge or split a line, and the length is bounded.
 */
public final class LogText {

	private LogText() {
	}

	/** {@code text} on one line, each run of control characters (line breaks included) as one space, cut at {@code max}. */
	public static String printable(@Nullable String text, int max) {
		String oneLine = String.valueOf(text).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ");
		return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
	}

}
