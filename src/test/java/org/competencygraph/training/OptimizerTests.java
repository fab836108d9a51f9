package org.competencygraph.training;

import java.util.BitSet;
import java.util.List;

import org.competencygraph.training.Optimizer.Budget;
import org.competencygraph.training.Optimizer.Solution;
import org.competencygraph.training.PlanProblem.CapabilityLevel;
import org.competencygraph.training.PlanProblem.Need;
import org.competencygraph.training.PlanProblem.Resource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The optimizer against brute force, and the rules of prerequisites, levels and cycles on small hand-made cases. */
class OptimizerTests {

	@Test
	void exactSearchFindsTheBruteForceOptimumOnRandomProblems() {
		RandomProblems random = new RandomProblems(20261130L);
		int checked = 0;
		for (int i = 0; i < 300; i++) {
			PlanProblem problem = random.problem(6 + i % 7, 2 + i % 5, 4 + i % 9, 0.2);
			for (Objective objective : Objective.values()) {
				double optimum = BruteForce.optimum(problem, objective);
				Solution exact = Optimizer.solve(problem, objective, Budget.unlimited());
				assertThat(exact.optimal()).isTrue();
				assertThat(exact.cost()).as("problem %d, %s", i, objective).isCloseTo(optimum, within(1e-6));
				assertPlan(problem, exact);
				Solution heuristic = Optimizer.solve(problem, objective, Budget.heuristicOnly());
				assertPlan(problem, heuristic);
				assertThat(heuristic.cost()).isGreaterThanOrEqualTo(optimum - 1e-6);
				assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(optimum + 1e-6);
				checked++;
			}
		}
		assertThat(checked).isEqualTo(600);
	}

	@Test
	void heuristicPlansOnFortyResourcesAreCompleteAndAboveTheLowerBound() {
		RandomProblems random = new RandomProblems(7L);
		for (int i = 0; i < 30; i++) {
			PlanProblem problem = random.problem(30, 12, 40, 0.15);
			Solution exact = Optimizer.solve(problem, Objective.HOURS, new Budget(2_000_000, 5_000_000_000L));
			Solution heuristic = Optimizer.solve(problem, Objective.HOURS, Budget.heuristicOnly());
			assertPlan(problem, heuristic);
			assertThat(exact.optimal()).isTrue();
			assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(exact.cost() + 1e-6);
			assertThat(heuristic.cost()).isGreaterThanOrEqualTo(exact.cost() - 1e-6);
		}
	}

	@Test
	void aResourceComesAfterTheResourceTeachingWhatItRequires() {
		Resource foundation = resource("itil-foundation", 18, teaches("itil", null), List.of(), List.of());
		Resource practice = resource("itil-practice", 30, teaches("frameworks", 5.0),
				List.of(new CapabilityLevel("itil", null)), List.of());
		PlanProblem problem = new PlanProblem(List.of(new Need("frameworks", 5.0)), List.of(),
				List.of(practice, foundation));
		Solution plan = Optimizer.solve(problem, Objective.HOURS, Budget.unlimited());
		assertThat(ids(plan)).containsExactly(List.of("itil-foundation"), List.of("itil-practice"));
		assertThat(plan.cost()).isEqualTo(48);
		// Held already: no need to take the foundation course first.
		PlanProblem holding = new PlanProblem(problem.needs(), List.of(new CapabilityLevel("itil", 2.0)),
				problem.resources());
		assertThat(ids(Optimizer.solve(holding, Objective.HOURS, Budget.unlimited())))
			.containsExactly(List.of("itil-practice"));
	}

	@Test
	void aRequiredResourceIsPulledInUnlessWhatItTeachesIsHeld() {
		Resource intro = resource("intro", 5, teaches("basics", 2.0), List.of(), List.of());
		Resource advanced = resource("advanced", 20, teaches("networks", 4.0), List.of(), List.of("intro"));
		Resource other = resource("other", 40, teaches("networks", 4.0), List.of(), List.of());
		List<Need> needs = List.of(new Need("networks", 4.0));
		PlanProblem problem = new PlanProblem(needs, List.of(), List.of(intro, advanced, other));
		assertThat(ids(Optimizer.solve(problem, Objective.HOURS, Budget.unlimited())))
			.containsExactly(List.of("intro"), List.of("advanced"));
		PlanProblem holding = new PlanProblem(needs, List.of(new CapabilityLevel("basics", 3.0)),
				problem.resources());
		assertThat(ids(Optimizer.solve(holding, Objective.HOURS, Budget.unlimited())))
			.containsExactly(List.of("advanced"));
	}

	@Test
	void needsTaughtByNothingOrBelowTheLevelAreNotCoverable() {
		Resource low = resource("low", 5, teaches("databases", 2.0), List.of(), List.of());
		PlanProblem problem = new PlanProblem(List.of(new Need("databases", 4.0), new Need("cloud", 1.0),
				new Need("documentation", null)), List.of(),
				List.of(low, resource("docs", 3, teaches("documentation", 1.0), List.of(), List.of())));
		Solution plan = Optimizer.solve(problem, Objective.HOURS, Budget.unlimited());
		assertThat(plan.instance().coverable().stream().boxed().toList()).containsExactly(2);
		assertThat(ids(plan)).containsExactly(List.of("docs"));
	}

	@Test
	void resourcesInAPrerequisiteCycleAreReportedAndNotUsed() {
		Resource a = resource("a", 5, teaches("x", 3.0), List.of(), List.of("b"));
		Resource b = resource("b", 5, teaches("y", 3.0), List.of(), List.of("a"));
		Resource c = resource("c", 50, teaches("x", 3.0), List.of(), List.of());
		PlanProblem problem = new PlanProblem(List.of(new Need("x", 3.0)), List.of(), List.of(a, b, c));
		Solution plan = Optimizer.solve(problem, Objective.HOURS, Budget.unlimited());
		assertThat(plan.instance().cycles).containsExactly(List.of("a", "b"));
		assertThat(ids(plan)).containsExactly(List.of("c"));
		// Capabilities required of each other: neither course can start, the need is not coverable.
		Resource d = resource("d", 5, teaches("p", 3.0), List.of(new CapabilityLevel("q", 1.0)), List.of());
		Resource e = resource("e", 5, teaches("q", 3.0), List.of(new CapabilityLevel("p", 1.0)), List.of());
		PlanProblem mutual = new PlanProblem(List.of(new Need("p", 2.0)), List.of(), List.of(d, e));
		Solution none = Optimizer.solve(mutual, Objective.HOURS, Budget.unlimited());
		assertThat(none.chosen().isEmpty()).isTrue();
		assertThat(none.instance().coverable().isEmpty()).isTrue();
	}

	@Test
	void theObjectiveDecidesBetweenCheapAndShort() {
		Resource bootcamp = new Resource("bootcamp", 30, 2000, teaches("cloud", 4.0), List.of(), List.of());
		Resource selfStudy = new Resource("self-study", 80, 0, teaches("cloud", 4.0), List.of(), List.of());
		PlanProblem problem = new PlanProblem(List.of(new Need("cloud", 3.0)), List.of(),
				List.of(bootcamp, selfStudy));
		assertThat(ids(Optimizer.solve(problem, Objective.HOURS, Budget.unlimited())))
			.containsExactly(List.of("bootcamp"));
		assertThat(ids(Optimizer.solve(problem, Objective.COST, Budget.unlimited())))
			.containsExactly(List.of("self-study"));
	}

	/** Every coverable need closed, every resource placed after what it requires. */
	static void assertPlan(PlanProblem problem, Solution solution) {
		BitSet chosen = solution.chosen();
		int subset = 0;
		for (int r = chosen.nextSetBit(0); r >= 0; r = chosen.nextSetBit(r + 1)) {
			subset |= 1 << r;
		}
		if (problem.resources().size() <= 16) {
			assertThat(BruteForce.orderable(problem, subset)).isTrue();
		}
		assertThat(Layering.feasible(solution.instance(), chosen, solution.instance().coverable())).isTrue();
		assertThat(solution.steps().stream().mapToInt(s -> s.length).sum()).isEqualTo(chosen.cardinality());
	}

	static List<List<String>> ids(Solution solution) {
		return solution.steps()
			.stream()
			.map(step -> java.util.Arrays.stream(step).mapToObj(r -> solution.instance().resource(r).id()).toList())
			.toList();
	}

	static List<CapabilityLevel> teaches(String capability, Double level) {
		return List.of(new CapabilityLevel(capability, level));
	}

	static Resource resource(String id, double hours, List<CapabilityLevel> teaches, List<CapabilityLevel> requires,
			List<String> requiresResources) {
		return new Resource(id, hours, 0, teaches, requires, requiresResources);
	}

}
