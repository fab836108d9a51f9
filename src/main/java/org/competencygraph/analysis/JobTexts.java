package org.competencygraph.analysis;

import java.util.List;

import org.competencygraph.analysis.RequirementIndexBuilder.JobRow;
import org.jspecify.annotations.Nullable;

/**
 * The jobs' title and duty embeddings (Job properties {@code titleEmbedding} and {@code dutyEmbedding}, unit-length
 * sentence vectors written by the embedding job), packed into one float array per kind so that scoring every job
 * against one is a scan over contiguous memory. A job not embedded yet, or whose vector has another length than
 * the others, has none. Each kind is centred as analysis/similarity.yaml says ({@code text/title},
 * {@code text/duties}): the mean vector over all jobs is taken off and each vector scaled to unit length again.
 */
public final class JobTexts {

	private final int dimensions;

	private final float[] titles;

	private final boolean[] hasTitle;

	private final float[] duties;

	private final boolean[] hasDuties;

	private final int leftOut;

	private JobTexts(int dimensions, int leftOut, float[] titles, boolean[] hasTitle, float[] duties,
			boolean[] hasDuties) {
		this.dimensions = dimensions;
		this.titles = titles;
		this.hasTitle = hasTitle;
		this.duties = duties;
		this.hasDuties = hasDuties;
		this.leftOut = leftOut;
	}

	/**
	 * Packs the jobs' title and duty embeddings, centred as the shares say.
	 *
	 * @param titleCentring share of the mean title embedding (over the jobs that have one) taken off each title's,
	 * which is then scaled to unit length again
	 * @param dutyCentring the same for the duty embeddings
	 * @param minJobs the fewest jobs with an embedding of a kind for which it is centred
	 */
	static JobTexts of(List<JobRow> jobs, double titleCentring, double dutyCentring, int minJobs) {
		int dimensions = jobs.stream()
			.flatMap(j -> java.util.stream.Stream.of(j.title(), j.duties()))
			.filter(v -> v != null && v.length > 0)
			.mapToInt(v -> v.length)
			.findFirst()
			.orElse(0);
		int m = jobs.size();
		float[] titles = new float[dimensions * m];
		float[] duties = new float[dimensions * m];
		boolean[] hasTitle = new boolean[m];
		boolean[] hasDuties = new boolean[m];
		int leftOut = 0;
		for (int j = 0; j < m; j++) {
			leftOut += copy(jobs.get(j).title(), titles, hasTitle, j, dimensions);
			leftOut += copy(jobs.get(j).duties(), duties, hasDuties, j, dimensions);
		}
		centre(titles, hasTitle, dimensions, titleCentring, minJobs);
		centre(duties, hasDuties, dimensions, dutyCentring, minJobs);
		return new JobTexts(dimensions, leftOut, titles, hasTitle, duties, hasDuties);
	}

	/**
	 * Takes share x the mean vector off each packed vector and scales it to unit length again: sentence vectors
	 * share a large common direction (all job texts read alike to the model), which lifts every cosine and
	 * blurs the differences that matter.
	 */
	private static void centre(float[] packed, boolean[] has, int dimensions, double share, int minJobs) {
		if (share <= 0 || dimensions == 0) {
			return;
		}
		double[] mean = new double[dimensions];
		int count = 0;
		for (int j = 0; j < has.length; j++) {
			if (has[j]) {
				for (int d = 0; d < dimensions; d++) {
					mean[d] += packed[j * dimensions + d];
				}
				count++;
			}
		}
		if (count == 0 || count < minJobs) {
			return;
		}
		for (int j = 0; j < has.length; j++) {
			if (!has[j]) {
				continue;
			}
			double norm = 0;
			for (int d = 0; d < dimensions; d++) {
				double value = packed[j * dimensions + d] - share * mean[d] / count;
				packed[j * dimensions + d] = (float) value;
				norm += value * value;
			}
			norm = Math.sqrt(norm);
			for (int d = 0; d < dimensions; d++) {
				packed[j * dimensions + d] = norm > 0 ? (float) (packed[j * dimensions + d] / norm) : 0;
			}
		}
	}

	/** Copies a vector into place; 1 when it was left out for its length, else 0. */
	private static int copy(float @Nullable [] vector, float[] into, boolean[] has, int job, int dimensions) {
		if (vector == null) {
			return 0;
		}
		if (vector.length != dimensions || dimensions == 0) {
			return 1;
		}
		System.arraycopy(vector, 0, into, job * dimensions, dimensions);
		has[job] = true;
		return 0;
	}

	public boolean hasTitle(int job) {
		return this.hasTitle[job];
	}

	public boolean hasDuties(int job) {
		return this.hasDuties[job];
	}

	/** How many jobs have a title embedding and how many a duty embedding. */
	public int[] counts() {
		int titles = 0;
		int duties = 0;
		for (int j = 0; j < this.hasTitle.length; j++) {
			titles += this.hasTitle[j] ? 1 : 0;
			duties += this.hasDuties[j] ? 1 : 0;
		}
		return new int[] { titles, duties };
	}

	/** Vectors left out because their length differed from the others' (a mix of models). */
	public int leftOut() {
		return this.leftOut;
	}

	/** The cosine of two jobs' title vectors; only for jobs that both have one. */
	public double titleCosine(int a, int b) {
		return dot(this.titles, a, b, this.dimensions);
	}

	/** The cosine of two jobs' duty vectors; only for jobs that both have one. */
	public double dutyCosine(int a, int b) {
		return dot(this.duties, a, b, this.dimensions);
	}

	/**
	 * The cosine of the target's title vector with every job's, into {@code into} (NaN for jobs without one); the
	 * target must have one.
	 */
	public void titleCosines(int target, double[] into) {
		scan(this.titles, this.hasTitle, target, into);
	}

	/** As {@link #titleCosines} for the duty vectors. */
	public void dutyCosines(int target, double[] into) {
		scan(this.duties, this.hasDuties, target, into);
	}

	private void scan(float[] vectors, boolean[] has, int target, double[] into) {
		for (int j = 0; j < has.length; j++) {
			into[j] = has[j] ? dot(vectors, target, j, this.dimensions) : Double.NaN;
		}
	}

	/** The dot product of two packed vectors; four sums, so the CPU overlaps the additions. */
	private static double dot(float[] vectors, int a, int b, int dimensions) {
		int i = a * dimensions;
		int k = b * dimensions;
		int end = i + dimensions - 3;
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		for (; i < end; i += 4, k += 4) {
			s0 += vectors[i] * vectors[k];
			s1 += vectors[i + 1] * vectors[k + 1];
			s2 += vectors[i + 2] * vectors[k + 2];
			s3 += vectors[i + 3] * vectors[k + 3];
		}
		for (end += 3; i < end; i++, k++) {
			s0 += vectors[i] * vectors[k];
		}
		return (double) s0 + s1 + s2 + s3;
	}

}
