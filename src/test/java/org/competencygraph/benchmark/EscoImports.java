package org.competencygraph.benchmark;

/** Which {@link EscoImport} the benchmark uses. */
final class EscoImports {

	private EscoImports() {
	}

	static EscoImport choose() {
		return new StandInEscoImport();
	}

}
