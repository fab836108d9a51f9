package org.competencygraph.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs one operation repeatedly and reports latency percentiles (from every sample, sorted: exact, no buckets) and
 * throughput: first one caller at a time (latency), then {@code threads} callers at once (throughput).
 *
 * @param name what was measured
 * @param samples calls in the one-at-a-time phase
 * @param p50 median latency of one call, ms, one caller at a time
 * @param p99 99th percentile, ms, one caller at a time
 * @param throughput calls per second with {@code threads} concurrent callers
 * @param threads concurrent callers of the throughput phase
 * @param cpuPerCall CPU time of the whole process (callers, server and embedded database alike) per call in the
 * throughput phase, ms: what a call costs, less sensitive than throughput to other work on the machine
 */
record Measurement(String name, int samples, double p50, double p99, double throughput, int threads,
		double cpuPerCall) {

	/**
	 * @param minSamples at least this many one-at-a-time calls, however long they take
	 * @param duration at least this long for each phase
	 * @param operation called with a running number, to cycle through the inputs
	 */
	static Measurement of(String name, int minSamples, Duration duration, int threads, IntConsumer operation) {
		AtomicInteger counter = new AtomicInteger();
		List<Long> latencies = new ArrayList<>();
		long end = System.nanoTime() + duration.toNanos();
		while (latencies.size() < minSamples || System.nanoTime() < end) {
			long start = System.nanoTime();
			operation.accept(counter.getAndIncrement());
			latencies.add(System.nanoTime() - start);
		}
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		long cpu = processCpuNanos();
		double[] throughput = throughput(duration, threads, counter, operation);
		return new Measurement(name, sorted.length, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
				throughput[0], threads, millis(processCpuNanos() - cpu) / throughput[1]);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** Calls per second, and calls made. */
	private static double[] throughput(Duration duration, int threads, AtomicInteger counter, IntConsumer operation) {
		try (ExecutorService executor = Executors.newFixedThreadPool(threads)) {
			AtomicInteger done = new AtomicInteger();
			long start = System.nanoTime();
			long end = start + duration.toNanos();
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(executor.submit(() -> {
					while (System.nanoTime() < end) {
						operation.accept(counter.getAndIncrement());
						done.incrementAndGet();
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			return new double[] { done.get() / ((System.nanoTime() - start) / 1e9), done.get() };
		}
		catch (Exception ex) {
			throw new IllegalStateException("Throughput phase of the benchmark failed", ex);
		}
	}

	/** Nearest-rank percentile. */
	static long percentile(long[] sorted, double fraction) {
		int rank = (int) Math.ceil(fraction * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	String row() {
		return String.format(Locale.ROOT, "| %s | %s | %s | %,.0f/s (%d threads) | %s | %,d |", this.name,
				ms(this.p50), ms(this.p99), this.throughput, this.threads, ms(this.cpuPerCall), this.samples);
	}

	static String ms(double millis) {
		return millis >= 10 ? String.format(Locale.ROOT, "%.1f ms", millis)
				: String.format(Locale.ROOT, "%.3f ms", millis);
	}

}
