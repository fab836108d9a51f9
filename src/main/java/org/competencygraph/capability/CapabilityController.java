package org.competencygraph.capability;

import java.util.List;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.api.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries on capabilities. */
@Controller
class CapabilityController {

	private final Capabilities capabilities;

	CapabilityController(Capabilities capabilities) {
		this.capabilities = capabilities;
	}

	@QueryMapping
	@Nullable Capability capability(@Argument String id) {
		if (id.isBlank()) {
			throw new InvalidArgumentException("id", "must not be blank");
		}
		return this.capabilities.findById(id).orElse(null);
	}

	@QueryMapping
	List<Capabilities.CapabilityMatch> searchCapabilities(@Argument String text,
			@Argument @Nullable List<CapabilityKind> kinds, @Argument @Nullable Integer first) {
		int limit = Paging.first(first);
		if (kinds != null && kinds.isEmpty()) {
			throw new InvalidArgumentException("kinds", "must name at least one kind when given");
		}
		return this.capabilities.search(FullText.query("text", text),
				kinds == null ? null : kinds.stream().map(CapabilityKind::label).toList(), limit);
	}

}
