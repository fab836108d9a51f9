package org.competencygraph.command;

import java.io.PrintStream;

/** Where commands write their reports: standard output, or what a caller in the same JVM (a test) hands in. */
public record CommandOutput(PrintStream stream) {
}
