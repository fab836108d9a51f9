package org.competencygraph.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.job.Job;
import org.competencygraph.path.CareerGraph.Ladder;
import org.jspecify.annotations.Nullable;

/**
 * The roles one step away: the {@code candidates} most related jobs (BLENDED similarity from a job, skillGap's
 * readiness from a person), plus every ladder link, each described as a {@link Move}.
 */
final class Transitions {

	/**
	 * The answer of {@code transitions}.
	 *
	 * @param examined candidate jobs examined (the most related ones and the ladder links)
	 */
	record Answer(@Nullable Job from, int profileSize, CareerGraph.Threshold threshold, int examined,
			List<Move> transitions) {
	}

	/** Filters of {@code transitions}: all optional. */
	record Filter(@Nullable List<Move.TransitionClass> classes, @Nullable Boolean familyChange,
			@Nullable Boolean includeNotViable) {
	}

	private Transitions() {
	}

	static Answer of(CareerGraph graph, PathSettings settings, Source source, int profileSize, int first,
			@Nullable Filter filter) {
		RequirementIndex index = graph.index();
		Moves moves = new Moves(graph, settings);
		Map<Integer, @Nullable Double> candidates = new LinkedHashMap<>();
		if (source.isJob()) {
			double[] row = Relatedness.row(index, source.job());
			for (Ladder ladder : graph.ladderOut(source.job())) {
				candidates.put(ladder.to(), row[ladder.to()]);
			}
			for (int job : top(row, settings.candidates(), source.job())) {
				candidates.putIfAbsent(job, row[job]);
			}
		}
		else {
			double[] readiness = readiness(graph, moves, source);
			for (int job : top(readiness, settings.candidates(), -1)) {
				candidates.put(job, null);
			}
		}
		boolean all = filter != null && Boolean.TRUE.equals(filter.includeNotViable());
		List<Move> found = new ArrayList<>();
		for (Map.Entry<Integer, @Nullable Double> candidate : candidates.entrySet()) {
			Move move = moves.describe(source, candidate.getKey(), candidate.getValue());
			if ((all || move.viable()) && accepts(filter, move)) {
				found.add(move);
			}
		}
		found.sort(Comparator.comparing((Move m) -> m.ladder() == null)
			.thenComparing(m -> m.similarity() == null ? m.readiness() : m.similarity(), Comparator.reverseOrder())
			.thenComparing(m -> m.job().id()));
		return new Answer(source.isJob() ? index.job(source.job()) : null, profileSize, graph.threshold(),
				candidates.size(), List.copyOf(found.subList(0, Math.min(first, found.size()))));
	}

	private static boolean accepts(@Nullable Filter filter, Move move) {
		if (filter == null) {
			return true;
		}
		if (filter.classes() != null && !filter.classes().isEmpty()
				&& !filter.classes().contains(move.transitionClass())) {
			return false;
		}
		return filter.familyChange() == null || filter.familyChange().equals(move.familyChange());
	}

	/** skillGap's readiness of a person for every job. */
	static double[] readiness(CareerGraph graph, Moves moves, Source source) {
		double[] readiness = new double[graph.index().jobCount()];
		for (int job = 0; job < readiness.length; job++) {
			readiness[job] = moves.gap(source.holdings(), job).readiness();
		}
		return readiness;
	}

	/** The {@code n} highest-scoring jobs other than {@code except}, above 0, best first (ties by job number). */
	static int[] top(double[] scores, int n, int except) {
		PriorityQueue<Integer> heap = new PriorityQueue<>(
				Comparator.comparingDouble((Integer j) -> scores[j]).thenComparing(j -> -j));
		for (int job = 0; job < scores.length; job++) {
			if (job == except || !(scores[job] > 0)) {
				continue;
			}
			heap.add(job);
			if (heap.size() > n) {
				heap.poll();
			}
		}
		int[] best = new int[heap.size()];
		for (int i = best.length - 1; i >= 0; i--) {
			best[i] = heap.poll();
		}
		return best;
	}

}
