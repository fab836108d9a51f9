package org.competencygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Paging of connections: the checks of {@code first} and {@code after}, and the one keyset cursor of lists ordered
 * by (title, id), which every connection of jobs uses. A cursor is the (title, id) of the last item of a page, and
 * the next page is what comes after it in that order: stable when items are added or removed, unlike an offset.
 * <p>
 * Our own rather than Spring GraphQL's {@code Window}/{@code ConnectionAdapter}: those give edges with a cursor and
 * a node only, while our connections carry {@code totalCount} and, for {@code requiredBy}, the requirement on each
 * edge, and {@code requiredBy} pages of many capabilities are read in one query (a batch loader keyed by
 * {@link Page}); its {@code ScrollSubrange} argument would answer a bad cursor with an internal error instead of
 * naming the argument.
 */
public final class Paging {

	public static final int MAX_FIRST = 100;

	static final int DEFAULT_FIRST = 20;

	private static final char SEPARATOR = '\u001f';

	private Paging() {
	}

	/** The checked {@code first} argument of a list: from 1 to {@link #MAX_FIRST}, 20 when not given. */
	public static int first(@Nullable Integer first) {
		int value = first == null ? DEFAULT_FIRST : first;
		if (value < 1 || value > MAX_FIRST) {
			throw new InvalidArgumentException("first", "must be from 1 to " + MAX_FIRST + ", was " + value);
		}
		return value;
	}

	/**
	 * The Cypher condition that keeps the items of {@code variable} after a page's keyset, with the parameters of
	 * {@link Page#parameters()}; the query orders by {@code variable.title, variable.id}.
	 */
	public static String after(String variable) {
		return "($afterTitle IS NULL OR %1$s.title > $afterTitle OR (%1$s.title = $afterTitle AND %1$s.id > $afterId))"
			.formatted(variable);
	}

	/** One page asked for: how many items, and after which; equal pages are one request for a batch loader. */
	public record Page(int first, @Nullable Keyset after) {

		/** The page the arguments {@code first} and {@code after} ask for, or an error naming the wrong one. */
		public static Page of(@Nullable Integer first, @Nullable String after) {
			return new Page(Paging.first(first), after == null ? null : Keyset.decode(after));
		}

		/** {@code afterTitle}, {@code afterId} and {@code limit}: one row more than asked, to tell a next page. */
		public Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("afterTitle", this.after == null ? null : this.after.title());
			parameters.put("afterId", this.after == null ? null : this.after.id());
			parameters.put("limit", this.first + 1);
			return parameters;
		}

		/** The connection from the rows the query with {@link #parameters()} returned. */
		public <E> Connection<E> connection(List<E> rows, Function<E, String> cursor, int totalCount) {
			List<E> edges = rows.subList(0, Math.min(this.first, rows.size()));
			return new Connection<>(edges, new PageInfo(rows.size() > this.first, this.after != null,
					edges.isEmpty() ? null : cursor.apply(edges.getFirst()),
					edges.isEmpty() ? null : cursor.apply(edges.getLast())), totalCount);
		}

	}

	/** The (title, id) of an item in a list ordered by them; its cursor is what connections hand out. */
	public record Keyset(String title, String id) {

		public String cursor() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.title + SEPARATOR + this.id).getBytes(StandardCharsets.UTF_8));
		}

		/** The keyset of a cursor made by {@link #cursor()}, or an error naming {@code after}. */
		static Keyset decode(String cursor) {
			try {
				String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				List<String> parts = List.of(decoded.split(String.valueOf(SEPARATOR), -1));
				if (parts.size() == 2) {
					return new Keyset(parts.get(0), parts.get(1));
				}
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
			throw new InvalidArgumentException("after", "is not a cursor returned by this API");
		}

	}

	/** A page of a connection, in the shape the schema's *Connection types have. */
	public record Connection<E>(List<E> edges, PageInfo pageInfo, int totalCount) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
