package org.competencygraph.semantic;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the sentence model in the background once the server is ready, so that the first text query (matchConcepts,
 * a job-description draft) does not pay for it: loading takes a second or two on a quiet machine, and more than the
 * query time limit on a busy one. Start-up does not wait for it; commands (no web server) load the model only when
 * they embed. {@code competency-graph.semantic.warm-up=false} leaves it to the first use. It begins
 * {@code competency-graph.startup.deferred-work-delay} after the server is ready: the first requests, which come as
 * soon as it listens and are cold themselves, need the cores more than it does. Then it reads the capabilities'
 * and the jobs' title vectors ({@link ConceptVectors}), the other part of a first text query's cost.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "competency-graph.semantic.warm-up", matchIfMissing = true)
class TextEmbedderWarmUp {

	private static final Logger logger = LoggerFactory.getLogger(TextEmbedderWarmUp.class);

	private final TextEmbedder embedder;

	private final ConceptVectors conceptVectors;

	private final Duration delay;

	TextEmbedderWarmUp(TextEmbedder embedder, ConceptVectors conceptVectors,
			@Value("${competency-graph.startup.deferred-work-delay:10s}") Duration delay) {
		this.embedder = embedder;
		this.conceptVectors = conceptVectors;
		this.delay = delay;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		// A platform thread, not the task scheduler (ImportStatusCheck): the scheduler runs on virtual threads, and
		// the model's native load would pin a carrier, one of the few that serve the requests.
		Thread.ofPlatform().daemon().name("text-embedder-warm-up").start(() -> {
			try {
				Thread.sleep(this.delay);
			}
			catch (InterruptedException ex) {
				return;
			}
			long start = System.nanoTime();
			try {
				this.embedder.embed("warm up");
				logger.info("Sentence model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException | LinkageError ex) {
				logger.warn("Sentence model could not be loaded ahead of use: {}", ex.toString());
			}
			for (ConceptTarget target : ConceptTarget.values()) {
				try {
					this.conceptVectors.snapshot(target);
				}
				catch (RuntimeException ex) {
					logger.warn("The vectors of {} nodes could not be read ahead of use: {}", target.label(),
							ex.toString());
				}
			}
			// The start's last deferred work: StartupBenchmark waits for this line before it times requests, so that
			// its figures do not depend on whether the warm-up ran before them or beside them.
			logger.info("Warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
		});
	}

}
