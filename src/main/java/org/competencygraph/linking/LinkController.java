package org.competencygraph.linking;

import java.util.List;

import org.competencygraph.api.InvalidArgumentException;
import org.competencygraph.importer.FrameworkBusyException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The GraphQL mutation that links the seed graph to the imported frameworks. */
@Controller
class LinkController {

	private final FrameworkLinker linker;

	LinkController(FrameworkLinker linker) {
		this.linker = linker;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	LinkFrameworksPayload linkFrameworks(@Argument LinkFrameworksInput input) {
		int count = input.occupationsPerFramework() == null ? 3 : input.occupationsPerFramework();
		if (count < 1 || count > 20) {
			throw new InvalidArgumentException("input.occupationsPerFramework", "must be from 1 to 20, was " + count);
		}
		try {
			return new LinkFrameworksPayload(this.linker.link(count), List.of());
		}
		catch (FrameworkBusyException ex) {
			return new LinkFrameworksPayload(null, List.of(ex.getMessage()));
		}
	}

	record LinkFrameworksInput(@Nullable Integer occupationsPerFramework) {
	}

	record LinkFrameworksPayload(@Nullable LinkReport report, List<String> errors) {
	}

}
