package org.competencygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Checks of paging arguments and the opaque cursors handed out in connections. */
public final class Paging {

	public static final int MAX_FIRST = 100;

	private static final char SEPARATOR = '\u001f';

	private Paging() {
	}

	public static int first(@Nullable Integer first) {
		int value = first == null ? 20 : first;
		if (value < 1 || value > MAX_FIRST) {
			throw new InvalidArgumentException("first", "must be from 1 to " + MAX_FIRST + ", was " + value);
		}
		return value;
	}

	public static String cursor(String... parts) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8));
	}

	/** The parts of a cursor made by {@link #cursor}, or an error naming {@code after}. */
	public static List<String> parts(String after, int expected) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			List<String> parts = List.of(decoded.split(String.valueOf(SEPARATOR), -1));
			if (parts.size() == expected) {
				return parts;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidArgumentException("after", "is not a cursor returned by this API");
	}

	/**
	 * A connection from the rows of one page query that asked for {@code first + 1} rows: the extra row, when
	 * present, only tells that there is a next page.
	 */
	public static <E> Connection<E> connection(List<E> rows, int first, boolean afterGiven,
			java.util.function.Function<E, String> cursor, int totalCount) {
		List<E> edges = rows.subList(0, Math.min(first, rows.size()));
		return new Connection<>(edges, new PageInfo(rows.size() > first, afterGiven,
				edges.isEmpty() ? null : cursor.apply(edges.getFirst()),
				edges.isEmpty() ? null : cursor.apply(edges.getLast())), totalCount);
	}

	/** A page of a connection, in the shape the schema's *Connection types have. */
	public record Connection<E>(List<E> edges, PageInfo pageInfo, int totalCount) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
