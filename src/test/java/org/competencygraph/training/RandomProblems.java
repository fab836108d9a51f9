package org.competencygraph.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.competencygraph.training.PlanProblem.CapabilityLevel;
import org.competencygraph.training.PlanProblem.Need;
import org.competencygraph.training.PlanProblem.Resource;

/**
 * Random planning problems for the tests and the benchmark: a catalogue over a pool of capabilities where a
 * resource teaches one to four of them up to a level (sometimes any level), costs hours and money roughly in
 * proportion to what it teaches, and sometimes requires a capability at a level or another resource first.
 */
final class RandomProblems {

	private final Random random;

	RandomProblems(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * @param capabilities the size of the capability pool
	 * @param needs how many of them are needs
	 * @param resources catalogue size
	 * @param resourcePrerequisites share of resources requiring another resource (later ones may form cycles)
	 */
	PlanProblem problem(int capabilities, int needs, int resources, double resourcePrerequisites) {
		List<Need> needList = new ArrayList<>();
		for (int c = 0; c < needs; c++) {
			needList.add(new Need("c" + c, this.random.nextInt(10) == 0 ? null : (double) (1 + this.random.nextInt(5))));
		}
		List<CapabilityLevel> held = new ArrayList<>();
		for (int c = needs; c < capabilities; c++) {
			if (this.random.nextInt(3) == 0) {
				held.add(new CapabilityLevel("c" + c, (double) (1 + this.random.nextInt(4))));
			}
		}
		List<Resource> list = new ArrayList<>();
		for (int r = 0; r < resources; r++) {
			int taught = 1 + this.random.nextInt(4);
			List<CapabilityLevel> teaches = new ArrayList<>();
			double size = 0;
			for (int t = 0; t < taught; t++) {
				String capability = "c" + this.random.nextInt(capabilities);
				if (teaches.stream().anyMatch(x -> x.capability().equals(capability))) {
					continue;
				}
				Double level = this.random.nextInt(8) == 0 ? null : (double) (1 + this.random.nextInt(6));
				teaches.add(new CapabilityLevel(capability, level));
				size += level == null ? 4 : level;
			}
			List<CapabilityLevel> requires = new ArrayList<>();
			if (this.random.nextDouble() < 0.3) {
				requires.add(new CapabilityLevel("c" + this.random.nextInt(capabilities),
						(double) (1 + this.random.nextInt(3))));
			}
			List<String> requiresResources = new ArrayList<>();
			if (r > 0 && this.random.nextDouble() < resourcePrerequisites) {
				requiresResources.add("r" + this.random.nextInt(r + (this.random.nextInt(20) == 0 ? 2 : 0)));
			}
			double hours = Math.round(size * (2 + this.random.nextDouble() * 10));
			double cost = this.random.nextInt(5) == 0 ? 0 : Math.round(size * (20 + this.random.nextDouble() * 200));
			list.add(new Resource("r" + r, hours, cost, teaches, requires, requiresResources));
		}
		return new PlanProblem(needList, held, list);
	}

}
