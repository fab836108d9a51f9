package org.competencygraph.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.similarity.SimilarityCalls;
import org.competencygraph.path.PathCalls;
import org.neo4j.driver.Driver;

import org.springframework.context.ApplicationContext;

/**
 * The phase of the analysis benchmark for issue 12: careerPaths (5 paths of up to 3 steps), transitions, whatIf and
 * bestNextSkills at the service level, each beside a baseline measured in the same run: careerPaths without its
 * fan-out bound (every viable move out of the source and into the target expanded), transitions as a client would
 * assemble them from similarJobs and skillGap (the 40 most similar jobs, one skillGap each), whatIf by recomputing
 * every job's readiness before and after, bestNextSkills by recomputing every target's readiness for every
 * candidate (for 10 targets; the service is measured for those 10 and for all jobs).
 */
final class PathBenchmark {

	static final int PAIRS = 100;

	private final ApplicationContext context;

	private final Duration phase;

	private final int threads;

	private final Consumer<String> line;

	PathBenchmark(ApplicationContext context, Duration phase, int threads, Consumer<String> line) {
		this.context = context;
		this.phase = phase;
		this.threads = threads;
		this.line = line;
	}

	void run(Driver driver, Workload work) {
		PathCalls calls = new PathCalls(this.context);
		this.line.accept("");
		this.line.accept("## Career paths, transitions and what-if (issue 12)");
		this.line.accept("");
		this.line.accept("- Viability threshold: " + calls.threshold());
		Random random = new Random(12);
		List<String> sources = new ArrayList<>(work.targets());
		sources.addAll(driver.executableQuery("""
				MATCH (j:Job {framework: 'onet'}) WHERE j.jobZone IS NOT NULL RETURN j.id AS id ORDER BY id
				""").execute().records().stream().map(r -> r.get("id").asString()).filter(id -> random.nextInt(10) == 0)
			.toList());
		List<String[]> pairs = new ArrayList<>();
		for (String from : sources) {
			String to = calls.twoMovesAway(from, random);
			if (to != null) {
				pairs.add(new String[] { from, to });
			}
			if (pairs.size() >= PAIRS) {
				break;
			}
		}
		List<List<ProfileCapability>> learn = new ArrayList<>();
		for (int i = 0; i < work.targets().size(); i++) {
			learn.add(calls.essentialsOf(work.target(i), random));
		}
		List<String> tenTargets = work.targets().subList(0, 10);
		int withPath = 0;
		int sameBest = 0;
		int checks = Math.min(20, pairs.size());
		for (int i = 0; i < checks; i++) {
			PathCalls.PathsSummary bounded = calls.careerPaths(pairs.get(i)[0], pairs.get(i)[1], 5, 3);
			PathCalls.PathsSummary unbounded = calls.careerPathsUnbounded(pairs.get(i)[0], pairs.get(i)[1], 5, 3);
			withPath += bounded.paths() > 0 ? 1 : 0;
			sameBest += bounded.paths() > 0 && Math.abs(bounded.bestEffort() - unbounded.bestEffort()) < 1e-6 ? 1 : 0;
		}
		this.line.accept(String.format(Locale.ROOT, "- careerPaths workload: %d (source, target) pairs, the target two "
				+ "viable moves from the source (ESCO occupations and a tenth of O*NET's); on the first %d, %d have a "
				+ "path of at most 3 steps, and the best path's effort equals the unbounded search's on %d",
				pairs.size(), checks, withPath, sameBest));
		int recomputeAgree = 0;
		for (int i = 0; i < 10; i++) {
			if (calls.whatIf(work.gapProfile(i), learn.get(i)) == calls.whatIfRecomputingEveryJob(work.gapProfile(i),
					learn.get(i))) {
				recomputeAgree++;
			}
		}
		this.line.accept("- whatIf raises the same number of roles as recomputing every job's readiness on "
				+ recomputeAgree + "/10 inputs");

		IntConsumer paths = i -> calls.careerPaths(pairs.get(i % pairs.size())[0], pairs.get(i % pairs.size())[1], 5, 3);
		IntConsumer pathsBaseline = i -> calls.careerPathsUnbounded(pairs.get(i % pairs.size())[0],
				pairs.get(i % pairs.size())[1], 5, 3);
		IntConsumer transitions = i -> calls.transitions(sources.get(i % sources.size()), 10);
		SimilarityCalls similarity = new SimilarityCalls(this.context);
		org.competencygraph.gap.SkillGapCalls gaps = new org.competencygraph.gap.SkillGapCalls(this.context);
		IntConsumer transitionsBaseline = i -> {
			String from = sources.get(i % sources.size());
			similarity.similarJobs(from, 40, SimilarityMetric.BLENDED).forEach(s -> gaps.fromJob(from, s.id()));
		};
		IntConsumer whatIf = i -> calls.whatIf(work.gapProfile(i), learn.get(i % learn.size()));
		IntConsumer whatIfBaseline = i -> calls.whatIfRecomputingEveryJob(work.gapProfile(i), learn.get(i % learn.size()));
		IntConsumer bestAll = i -> calls.bestNextSkills(work.gapProfile(i), null, 10);
		IntConsumer bestTen = i -> calls.bestNextSkills(work.gapProfile(i), tenTargets, 10);
		IntConsumer bestBaseline = i -> calls.bestNextSkillsRecomputing(work.gapProfile(i), tenTargets);
		for (IntConsumer operation : List.of(paths, transitions, whatIf, bestAll, bestTen)) {
			Measurement.of("warm-up", 0, Duration.ofSeconds(3), 1, operation);
		}
		List<Measurement> rows = List.of(
				Measurement.of("careerPaths (5 paths, up to 3 steps), service (index)", 200, this.phase, this.threads,
						paths),
				Measurement.of("careerPaths baseline: no fan-out bound", 5, this.phase, this.threads, pathsBaseline),
				Measurement.of("transitions (first 10), service (index)", 200, this.phase, this.threads, transitions),
				Measurement.of("transitions baseline: similarJobs BLENDED top 40 + skillGap for each", 20, this.phase,
						this.threads, transitionsBaseline),
				Measurement.of("whatIf (3 capabilities), service (index, posting lists)", 200, this.phase,
						this.threads, whatIf),
				Measurement.of("whatIf baseline: readiness of every job recomputed before and after", 10, this.phase,
						this.threads, whatIfBaseline),
				Measurement.of("bestNextSkills, all jobs as targets, service (index)", 200, this.phase, this.threads,
						bestAll),
				Measurement.of("bestNextSkills, 10 targets, service (index)", 200, this.phase, this.threads, bestTen),
				Measurement.of("bestNextSkills baseline, 10 targets: readiness recomputed per candidate", 10,
						this.phase, this.threads, bestBaseline));
		this.line.accept("");
		this.line.accept("| question and path | p50 | p99 | throughput | CPU per call | samples (one caller) |");
		this.line.accept("|---|---|---|---|---|---|");
		rows.forEach(m -> this.line.accept(m.row()));
		this.line.accept("");
		for (int i : new int[] { 0, 2, 4, 6 }) {
			Measurement m = rows.get(i);
			this.line.accept(String.format(Locale.ROOT, "- Target (issue 12), %s p99 under 300 ms: %s: %s", m.name(),
					Measurement.ms(m.p99()), m.p99() < 300 ? "MET" : "NOT MET"));
		}
	}

}
