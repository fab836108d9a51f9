package org.competencygraph.background;

/** A job cannot start because another one is running; the message names it and says to try again later. */
public class JobBusyException extends RuntimeException {

	private final BackgroundJob running;

	JobBusyException(BackgroundJob running) {
		super("Another background job is running: " + running.description() + " (job " + running.id()
				+ ", started by " + running.startedBy() + "); start this one when it has finished.");
		this.running = running;
	}

	public BackgroundJob running() {
		return this.running;
	}

}
