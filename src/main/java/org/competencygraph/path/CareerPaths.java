package org.competencygraph.path;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.Format;
import org.competencygraph.analysis.Holdings;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.job.Job;
import org.competencygraph.path.CareerGraph.Ladder;
import org.jspecify.annotations.Nullable;

/**
 * The k best routes from a job or a person to a target job through viable moves and ladder links. The graph of
 * moves is not built whole: a bounded neighbourhood is expanded, Yen's algorithm ({@link KShortestPaths}) then
 * runs on it. The neighbourhood holds the source, the target, the {@code pathFanOut} most similar viable moves out
 * of the source and into the target (BLENDED similarity is symmetric: one scan from each end), for 4 steps the best
 * next moves of the first {@code pathMiddle} of those, and the ladder links out of every node of it and into the
 * target (followed up to maxSteps links). Every pair of its jobs is an edge when the move is viable or a ladder
 * link; an edge costs its learning effort plus stepCost (EFFORT) or one step, effort breaking ties (STEPS).
 */
final class CareerPaths {

	enum RankBy {

		EFFORT, STEPS

	}

	/** One route: its moves in order, with totals. */
	record CareerPath(int rank, int steps, double totalEffort, double totalEffortHours, List<Move> moves) {
	}

	/**
	 * The answer of {@code careerPaths}.
	 *
	 * @param examined jobs in the neighbourhood searched
	 * @param reason why no path was found, null when there are paths
	 */
	record Answer(@Nullable Job from, int profileSize, Job to, RankBy rankBy, int maxSteps,
			CareerGraph.Threshold threshold, int examined, List<CareerPath> paths, @Nullable String reason) {
	}

	/** Cost of a step when ranking by STEPS: dwarfs any effort, so that steps count first and effort breaks ties. */
	private static final double STEP = 1e6;

	private CareerPaths() {
	}

	static Answer of(CareerGraph graph, PathSettings settings, Source source, int profileSize, int target, int first,
			int maxSteps, RankBy rankBy) {
		RequirementIndex index = graph.index();
		Moves moves = new Moves(graph, settings);
		// Local node 0 is the source (a job or the person), then the other jobs of the neighbourhood.
		List<Integer> jobs = new ArrayList<>();
		Map<Integer, Integer> local = new LinkedHashMap<>();
		jobs.add(source.job());
		if (source.isJob()) {
			local.put(source.job(), 0);
		}
		double[] fromRow;
		if (source.isJob()) {
			fromRow = Relatedness.row(index, source.job());
		}
		else {
			fromRow = Transitions.readiness(graph, moves, source);
		}
		double[] toRow = Relatedness.row(index, target);
		add(jobs, local, target);
		List<Integer> forward = new ArrayList<>();
		for (int job : Transitions.top(fromRow, index.jobCount(), source.job())) {
			if (forward.size() >= settings.pathFanOut()) {
				break;
			}
			if (source.isJob() ? moves.viable(source.job(), job, fromRow[job])
					: fromRow[job] >= settings.viable().profileReadiness()) {
				forward.add(job);
				add(jobs, local, job);
			}
		}
		int backward = 0;
		for (int job : Transitions.top(toRow, index.jobCount(), target)) {
			if (backward >= settings.pathFanOut()) {
				break;
			}
			if (job != source.job() && moves.viable(job, target, toRow[job])) {
				backward++;
				add(jobs, local, job);
			}
		}
		if (maxSteps >= 4) {
			for (int middle : forward.subList(0, Math.min(settings.pathMiddle(), forward.size()))) {
				double[] row = Relatedness.row(index, middle);
				int added = 0;
				for (int job : Transitions.top(row, index.jobCount(), middle)) {
					if (added >= settings.pathMiddle()) {
						break;
					}
					if (moves.viable(middle, job, row[job])) {
						added++;
						add(jobs, local, job);
					}
				}
			}
		}
		ladders(graph, jobs, local, target, maxSteps);
		KShortestPaths search = new KShortestPaths(jobs.size());
		Map<Long, Double> similarities = new HashMap<>();
		for (int u = 0; u < jobs.size(); u++) {
			if (u == 1) {
				continue;
			}
			int from = jobs.get(u);
			Holdings holdings = u == 0 ? source.holdings() : Source.job(index, from).holdings();
			for (int v = 1; v < jobs.size(); v++) {
				int to = jobs.get(v);
				if (to == from) {
					continue;
				}
				boolean edge;
				Double similarity = null;
				if (from < 0) {
					edge = fromRow[to] >= settings.viable().profileReadiness();
				}
				else {
					similarity = u == 0 ? fromRow[to] : to == target ? toRow[from] : Relatedness.pair(index, from, to);
					edge = graph.ladder(from, to) != null || moves.viable(from, to, similarity);
				}
				if (edge) {
					similarities.put(key(u, v), similarity);
					double effort = moves.gap(holdings, to).effort();
					search.edge(u, v, rankBy == RankBy.STEPS ? STEP + effort : effort + settings.effort().stepCost());
				}
			}
		}
		List<CareerPath> paths = new ArrayList<>();
		for (KShortestPaths.Path path : search.best(0, 1, first, maxSteps)) {
			List<Move> steps = new ArrayList<>();
			double effort = 0;
			int[] nodes = path.nodes();
			for (int i = 0; i + 1 < nodes.length; i++) {
				Source from = i == 0 ? source : Source.job(index, jobs.get(nodes[i]));
				Move move = moves.describe(from, jobs.get(nodes[i + 1]), similarities.get(key(nodes[i], nodes[i + 1])));
				steps.add(move);
				effort += move.effort();
			}
			paths.add(new CareerPath(paths.size() + 1, steps.size(), Format.round(effort),
					Math.round(effort * settings.effort().hoursPerLevelStep() * 10) / 10.0, List.copyOf(steps)));
		}
		String reason = paths.isEmpty() ? noPath(graph, source, target, maxSteps, toRow, backward, forward.size())
				: null;
		return new Answer(source.isJob() ? index.job(source.job()) : null, profileSize, index.job(target), rankBy,
				maxSteps, graph.threshold(), jobs.size(), List.copyOf(paths), reason);
	}

	private static void add(List<Integer> jobs, Map<Integer, Integer> local, int job) {
		if (!local.containsKey(job)) {
			local.put(job, jobs.size());
			jobs.add(job);
		}
	}

	/** Ladder links followed maxSteps links out of the neighbourhood's jobs and into the target. */
	private static void ladders(CareerGraph graph, List<Integer> jobs, Map<Integer, Integer> local, int target,
			int maxSteps) {
		Deque<int[]> queue = new ArrayDeque<>();
		for (int job : List.copyOf(jobs)) {
			if (job >= 0) {
				queue.add(new int[] { job, 0 });
			}
		}
		while (!queue.isEmpty()) {
			int[] at = queue.poll();
			if (at[1] >= maxSteps) {
				continue;
			}
			for (Ladder ladder : graph.ladderOut(at[0])) {
				if (!local.containsKey(ladder.to())) {
					add(jobs, local, ladder.to());
					queue.add(new int[] { ladder.to(), at[1] + 1 });
				}
			}
		}
		queue.add(new int[] { target, 0 });
		while (!queue.isEmpty()) {
			int[] at = queue.poll();
			if (at[1] >= maxSteps) {
				continue;
			}
			for (Ladder ladder : graph.ladderIn(at[0])) {
				if (!local.containsKey(ladder.from())) {
					add(jobs, local, ladder.from());
					queue.add(new int[] { ladder.from(), at[1] + 1 });
				}
			}
		}
	}

	private static String noPath(CareerGraph graph, Source source, int target, int maxSteps, double[] toRow,
			int intoTarget, int outOfSource) {
		String from = source.isJob() ? "'" + graph.index().job(source.job()).title() + "'" : "the profile";
		String to = "'" + graph.index().job(target).title() + "'";
		StringBuilder reason = new StringBuilder("No route of at most ").append(maxSteps)
			.append(maxSteps == 1 ? " step" : " steps")
			.append(" from ")
			.append(from)
			.append(" to ")
			.append(to)
			.append(" through viable moves (similarity at least ")
			.append(Format.number(graph.threshold().value()))
			.append(", at most one level up) and ladder links. ");
		reason.append(outOfSource).append(" viable moves lead out of ").append(from).append(", ")
			.append(intoTarget).append(" into ").append(to).append(" (among its most similar jobs)");
		if (source.isJob()) {
			reason.append("; the similarity of the two is ").append(Format.number(toRow[source.job()]));
		}
		return reason.append(maxSteps < 4 ? "; more steps (maxSteps up to 4) may find one." : ".").toString();
	}

	private static long key(int from, int to) {
		return ((long) from << 32) | to;
	}

}
