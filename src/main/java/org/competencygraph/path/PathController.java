package org.competencygraph.path;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.GapSource;
import org.competencygraph.analysis.GapSources;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code transitions} and {@code careerPaths} queries, answered from the analysis index. */
@Controller
class PathController {

	static final int MAX_TRANSITIONS = 50;

	static final int MAX_PATHS = 10;

	static final int MAX_STEPS = 4;

	private final CareerGraphs graphs;

	private final GapSources sources;

	PathController(CareerGraphs graphs, GapSources sources) {
		this.graphs = graphs;
		this.sources = sources;
	}

	@QueryMapping
	Transitions.Answer transitions(@Argument FromInput from, @Argument @Nullable Integer first,
			@Argument Transitions.@Nullable Filter filter) {
		CareerGraph graph = this.graphs.current();
		int count = FromInput.count("first", first, 10, MAX_TRANSITIONS);
		GapSource resolved = from.resolve(graph.index(), this.sources);
		Source source = FromInput.source(graph.index(), resolved);
		return Transitions.of(graph, this.graphs.settings(), source, resolved.profileSize(), count, filter);
	}

	@QueryMapping
	CareerPaths.Answer careerPaths(@Argument FromInput from, @Argument String to, @Argument @Nullable Integer first,
			@Argument @Nullable Integer maxSteps, @Argument CareerPaths.@Nullable RankBy rankBy) {
		CareerGraph graph = this.graphs.current();
		RequirementIndex index = graph.index();
		int count = FromInput.count("first", first, 3, MAX_PATHS);
		int steps = FromInput.count("maxSteps", maxSteps, 3, MAX_STEPS);
		GapSource resolved = from.resolve(index, this.sources);
		Source source = FromInput.source(index, resolved);
		int target = Arguments.job(index, "to", to);
		if (target == source.job()) {
			throw new InvalidArgumentException("to", "must differ from from.job");
		}
		return CareerPaths.of(graph, this.graphs.settings(), source, resolved.profileSize(), target, count, steps,
				rankBy == null ? CareerPaths.RankBy.EFFORT : rankBy);
	}

}
