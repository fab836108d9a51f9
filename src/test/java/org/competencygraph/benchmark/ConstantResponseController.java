package org.competencygraph.benchmark;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP floor of the benchmark: answers a POST with a fixed JSON body (set by the benchmark to a real skillGap
 * response, so it has the same size) through the same server, filters and security as /graphql, without doing
 * any work. Exists only under the {@code benchmark} profile, which only the benchmark activates.
 */
@RestController
@Profile("benchmark")
class ConstantResponseController {

	static final AtomicReference<byte[]> BODY = new AtomicReference<>("{}".getBytes());

	@PostMapping(path = "/benchmark/constant", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> constant() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(BODY.get());
	}

}
