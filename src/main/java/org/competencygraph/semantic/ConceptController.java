package org.competencygraph.semantic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code matchConcepts}: any text to the graph's best concepts, with the evidence. */
@Controller
class ConceptController {

	static final int MAX_TEXT = 1_000;

	static final int MAX_FIRST = 50;

	private static final Set<String> FRAMEWORKS = Set.of("onet", "esco", "none");

	private final ConceptMatcher matcher;

	ConceptController(ConceptMatcher matcher) {
		this.matcher = matcher;
	}

	@QueryMapping
	List<ConceptMatch> matchConcepts(@Argument String text, @Argument @Nullable ConceptTarget target,
			@Argument @Nullable String framework, @Argument @Nullable Integer first) {
		int count = first == null ? 10 : first;
		if (text.isBlank()) {
			throw new InvalidArgumentException("text", "must not be blank");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidArgumentException("text", "must be at most " + MAX_TEXT + " characters, was "
					+ text.length());
		}
		if (count < 1 || count > MAX_FIRST) {
			throw new InvalidArgumentException("first", "must be from 1 to " + MAX_FIRST + ", was " + count);
		}
		String wanted = framework == null ? null : framework.strip().toLowerCase(Locale.ROOT);
		if (wanted != null && !FRAMEWORKS.contains(wanted)) {
			throw new InvalidArgumentException("framework", "must be onet, esco or none, was '" + framework + "'");
		}
		return this.matcher.match(text, target == null ? ConceptTarget.CAPABILITY : target, wanted, count);
	}

}
