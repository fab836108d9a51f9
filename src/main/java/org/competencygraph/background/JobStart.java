package org.competencygraph.background;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a mutation that starts a background job answers: the job, or why it did not start. Every such payload of
 * the schema ({@code ImportFrameworkPayload}, {@code LinkFrameworksPayload}, ...) has these two fields.
 */
public record JobStart(@Nullable BackgroundJob job, List<String> errors) {

	public static JobStart refused(List<String> errors) {
		return new JobStart(null, List.copyOf(errors));
	}

}
