package org.competencygraph.linking;

import java.util.List;
import java.util.Locale;

/**
 * What one linking run wrote.
 *
 * @param seedCapabilities capabilities without a framework (seed and user data) that were compared
 * @param seedJobs jobs (of the project and of every framework) ranked against another framework's occupations
 * @param frameworks one entry per framework in the graph
 * @param seconds wall-clock time
 */
public record LinkReport(int seedCapabilities, int seedJobs, List<FrameworkLinks> frameworks, double seconds) {

	/**
	 * @param framework onet or esco
	 * @param sameAs {@code SAME_AS} relationships written to the framework's capabilities, by method
	 * @param closeMatches {@code CLOSE_MATCH} relationships written to the framework's capabilities
	 * @param capabilitiesLinked the project's own capabilities with at least one link into the framework
	 * @param unmatchedExternalIds external ids of the framework on seed capabilities that name no imported concept
	 * (e.g. O*NET abilities, which the text release in ../shared/data does not contain)
	 * @param closestOccupations {@code CLOSEST_OCCUPATION} relationships written to the framework's occupations
	 * @param jobsLinked jobs (the project's and other frameworks' occupations) with a closest occupation in it
	 */
	public record FrameworkLinks(String framework, List<MethodCount> sameAs, int closeMatches, int capabilitiesLinked,
			List<String> unmatchedExternalIds, int closestOccupations, int jobsLinked) {
	}

	public record MethodCount(String method, int count) {
	}

	public String describe() {
		var text = new StringBuilder(String.format(Locale.ROOT,
				"Linked %d own capabilities and %d jobs in %.1f s%n", this.seedCapabilities, this.seedJobs,
				this.seconds));
		if (this.frameworks.isEmpty()) {
			text.append("  no framework is imported yet: run import-onet or import-esco first\n");
		}
		for (FrameworkLinks links : this.frameworks) {
			text.append(String.format(Locale.ROOT, "  %s: SAME_AS %s, CLOSE_MATCH %d; %d own capabilities linked; %d "
					+ "CLOSEST_OCCUPATION for %d jobs%n", links.framework(),
					links.sameAs().stream().map(m -> m.method() + " " + m.count()).toList(), links.closeMatches(),
					links.capabilitiesLinked(), links.closestOccupations(), links.jobsLinked()));
			if (!links.unmatchedExternalIds().isEmpty()) {
				text.append("    external ids naming no imported concept: ")
					.append(String.join(", ", links.unmatchedExternalIds()))
					.append('\n');
			}
		}
		return text.toString();
	}

}
