package org.competencygraph.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

import org.competencygraph.training.TrainingPlanCalls;
import org.competencygraph.training.TrainingPlanCalls.Outcome;

/**
 * The training-plan benchmark (BENCHMARKS.md, "Training plans"): {@code ./mvnw -B -Ptraining-benchmark test}.
 * <ol>
 * <li>Quality: on random problems of 10 to 40 candidate resources, the heuristic's total against the exact optimum
 * (branch and bound without limits): mean and largest % above the optimum, and the time of each.</li>
 * <li>Speed: on random problems over a 1,000-resource catalogue with 20 to 60 needs, the latency of planning as
 * the query plans (heuristic, then the exact search within the query's budget of 200,000 nodes and 150 ms for the improvement and the search together), p50 and p99,
 * beside two baselines measured in the same run: the naive greedy construction alone, and the heuristic alone.
 * Also how many plans were proven optimal and the mean gap to the lower bound of the rest.</li>
 * </ol>
 * The planner alone, in memory: reading the catalogue from Neo4j is not counted. {@code -Dbenchmark.quality} and
 * {@code -Dbenchmark.speed} set the number of problems.
 */
public final class TrainingBenchmark {

	private TrainingBenchmark() {
	}

	public static void main(String[] args) {
		int qualityCount = Integer.getInteger("benchmark.quality", 300);
		int speedCount = Integer.getInteger("benchmark.speed", 300);
		System.out.printf(Locale.ROOT, "Training plan benchmark: Java %s, %d cores%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		quality(qualityCount);
		speed(speedCount);
	}

	private static void quality(int count) {
		TrainingPlanCalls calls = new TrainingPlanCalls(20261130L, count, 30, 5, 15, 10, 40);
		// Warm-up, not counted.
		for (int i = 0; i < Math.min(50, count); i++) {
			calls.exact(i);
			calls.heuristic(i);
		}
		double[] above = new double[count];
		double[] plannedAbove = new double[count];
		int plannedOptimal = 0;
		long[] plannedNanos = new long[count];
		long[] exactNanos = new long[count];
		long[] heuristicNanos = new long[count];
		int optimalByHeuristic = 0;
		double boundGap = 0;
		int resources = 0;
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			Outcome exact = calls.exact(i);
			exactNanos[i] = System.nanoTime() - start;
			start = System.nanoTime();
			Outcome heuristic = calls.heuristic(i);
			heuristicNanos[i] = System.nanoTime() - start;
			above[i] = exact.cost() == 0 ? 0 : (heuristic.cost() - exact.cost()) / exact.cost() * 100;
			boundGap += heuristic.lowerBound() == 0 ? 0
					: (exact.cost() - heuristic.lowerBound()) / heuristic.lowerBound() * 100;
			start = System.nanoTime();
			Outcome planned = calls.planned(i, 200_000, 150_000_000L);
			plannedNanos[i] = System.nanoTime() - start;
			plannedAbove[i] = exact.cost() == 0 ? 0 : (planned.cost() - exact.cost()) / exact.cost() * 100;
			if (planned.optimal()) {
				plannedOptimal++;
			}
			if (above[i] < 1e-9) {
				optimalByHeuristic++;
			}
			resources += calls.resources(i);
		}
		System.out.printf(Locale.ROOT, "%nQuality: %d random problems, 10-40 candidate resources (mean %.1f), 5-15 needs%n",
				count, (double) resources / count);
		System.out.printf(Locale.ROOT, "  heuristic above the optimum: mean %.2f %%, max %.2f %%; optimal in %d of %d%n",
				Arrays.stream(above).average().orElse(0), Arrays.stream(above).max().orElse(0), optimalByHeuristic,
				count);
		System.out.printf(Locale.ROOT, "  the optimum above the lower bound (dual of the LP relaxation): mean %.2f %%%n", boundGap / count);
		System.out.printf(Locale.ROOT, "  as the query plans (heuristic + exact search within its budget): mean %.2f %%, max %.2f %% above; proven optimal in %d of %d; p50 %.2f ms, p99 %.2f ms%n",
				Arrays.stream(plannedAbove).average().orElse(0), Arrays.stream(plannedAbove).max().orElse(0),
				plannedOptimal, count, percentile(plannedNanos, 0.5), percentile(plannedNanos, 0.99));
		System.out.printf(Locale.ROOT, "  exact search (no limits): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				percentile(exactNanos, 0.5), percentile(exactNanos, 0.99), percentile(exactNanos, 1));
		System.out.printf(Locale.ROOT, "  heuristic:                p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				percentile(heuristicNanos, 0.5), percentile(heuristicNanos, 0.99), percentile(heuristicNanos, 1));
	}

	private static void speed(int count) {
		TrainingPlanCalls calls = new TrainingPlanCalls(42L, count, 300, 20, 60, 1000, 1000);
		for (int i = 0; i < Math.min(30, count); i++) {
			calls.planned(i, 200_000, 150_000_000L);
			calls.naiveGreedy(i);
		}
		Outcome[] planned = new Outcome[count];
		long[] plannedNanos = time(count, i -> planned[i] = calls.planned(i, 200_000, 150_000_000L));
		Outcome[] naive = new Outcome[count];
		long[] naiveNanos = time(count, i -> naive[i] = calls.naiveGreedy(i));
		Outcome[] heuristic = new Outcome[count];
		long[] heuristicNanos = time(count, i -> heuristic[i] = calls.heuristic(i));
		int optimal = 0;
		double gap = 0;
		double naiveAbove = 0;
		double heuristicAbove = 0;
		for (int i = 0; i < count; i++) {
			if (planned[i].optimal()) {
				optimal++;
			}
			else {
				gap += (planned[i].cost() - planned[i].lowerBound()) / planned[i].lowerBound() * 100;
			}
			naiveAbove += (naive[i].cost() - planned[i].cost()) / planned[i].cost() * 100;
			heuristicAbove += (heuristic[i].cost() - planned[i].cost()) / planned[i].cost() * 100;
		}
		System.out.printf(Locale.ROOT, "%nSpeed: %d random problems over a 1,000-resource catalogue, 20-60 needs%n", count);
		System.out.printf(Locale.ROOT, "  as the query plans (heuristic + exact search, 200,000 nodes / 150 ms): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				percentile(plannedNanos, 0.5), percentile(plannedNanos, 0.99), percentile(plannedNanos, 1));
		System.out.printf(Locale.ROOT, "    proven optimal: %d of %d; the others' mean gap to the lower bound: %.1f %%%n",
				optimal, count, count == optimal ? 0 : gap / (count - optimal));
		System.out.printf(Locale.ROOT, "  baseline, heuristic alone:   p50 %.1f ms, p99 %.1f ms; total %.2f %% above the planned on average%n",
				percentile(heuristicNanos, 0.5), percentile(heuristicNanos, 0.99), heuristicAbove / count);
		System.out.printf(Locale.ROOT, "  baseline, naive greedy:      p50 %.1f ms, p99 %.1f ms; total %.2f %% above the planned on average%n",
				percentile(naiveNanos, 0.5), percentile(naiveNanos, 0.99), naiveAbove / count);
	}

	private static long[] time(int count, IntFunction<Outcome> call) {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			call.apply(i);
			nanos[i] = System.nanoTime() - start;
		}
		return nanos;
	}

	/** In ms, from every sample sorted. */
	private static double percentile(long[] nanos, double share) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

}
