package org.competencygraph.path;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.competencygraph.analysis.Arguments;
import org.competencygraph.analysis.GapSource;
import org.competencygraph.analysis.GapSources;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.Profiles;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndex.Holding;
import org.competencygraph.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code whatIf} and {@code bestNextSkills} queries, answered from the analysis index. */
@Controller
class WhatIfController {

	static final int MAX_LEARN = 50;

	static final int MAX_CHANGES = 100;

	static final int MAX_SKILLS = 50;

	static final int MAX_TARGETS = 500;

	private final CareerGraphs graphs;

	private final GapSources sources;

	WhatIfController(CareerGraphs graphs, GapSources sources) {
		this.graphs = graphs;
		this.sources = sources;
	}

	@QueryMapping
	WhatIf.Answer whatIf(@Argument FromInput from, @Argument List<ProfileCapability> learn,
			@Argument @Nullable Integer first) {
		CareerGraph graph = this.graphs.current();
		RequirementIndex index = graph.index();
		int count = FromInput.count("first", first, 20, MAX_CHANGES);
		if (learn.size() > MAX_LEARN) {
			throw new InvalidArgumentException("learn", "must list at most " + MAX_LEARN + " capabilities, was "
					+ learn.size());
		}
		GapSource resolved = from.resolve(index, this.sources);
		Source source = FromInput.source(index, resolved);
		Map<Integer, Holding> learned = Profiles.holdings(index, "learn", learn);
		return WhatIf.of(index, this.graphs.settings(), new Moves(graph, this.graphs.settings()), source,
				resolved.profileSize(), learned, count);
	}

	@QueryMapping
	BestNextSkills.Answer bestNextSkills(@Argument FromInput from, @Argument @Nullable List<String> targets,
			@Argument @Nullable Integer first) {
		CareerGraph graph = this.graphs.current();
		RequirementIndex index = graph.index();
		int count = FromInput.count("first", first, 10, MAX_SKILLS);
		GapSource resolved = from.resolve(index, this.sources);
		Source source = FromInput.source(index, resolved);
		TreeSet<Integer> jobs = new TreeSet<>();
		if (targets == null) {
			for (int job = 0; job < index.jobCount(); job++) {
				jobs.add(job);
			}
		}
		else {
			if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
				throw new InvalidArgumentException("targets", "must list 1 to " + MAX_TARGETS
						+ " job ids, or be left out for all jobs; was " + targets.size());
			}
			for (int i = 0; i < targets.size(); i++) {
				jobs.add(Arguments.job(index, "targets[" + i + "]", targets.get(i)));
			}
		}
		jobs.remove(source.job());
		return BestNextSkills.of(index, this.graphs.settings(), source, resolved.profileSize(),
				jobs.stream().mapToInt(Integer::intValue).toArray(), count);
	}

}
