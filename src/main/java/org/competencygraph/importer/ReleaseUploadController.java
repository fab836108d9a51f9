package org.competencygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;


import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /releases}: the admin uploads a release as a ZIP (multipart, part {@code file}) instead of copying it
 * to the server; the answer names the folder it was unpacked into, for {@code importOnet}/{@code importEsco}.
 * Errors come in the GraphQL error format, as from every other endpoint.
 */
@RestController
@EnableConfigurationProperties(UploadProperties.class)
class ReleaseUploadController {

	private final ReleaseUploads uploads;

	ReleaseUploadController(FrameworkProperties frameworks, UploadProperties properties) {
		this.uploads = new ReleaseUploads(frameworks.importFolder(), properties.maxUnpacked(),
				properties.maxEntries());
	}

	@PostMapping(path = "/releases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			String path = this.uploads.unpack(in);
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("path", path));
		}
	}

	@ExceptionHandler(InvalidUploadException.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidUploadException ex) {
		return error(HttpStatus.BAD_REQUEST, "file: " + ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
		return error(HttpStatus.PAYLOAD_TOO_LARGE,
				"file: the upload is larger than the server accepts (spring.servlet.multipart.max-file-size)");
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", List.of(Map.of("message", message,
					"extensions", Map.of("classification", "BAD_REQUEST")))));
	}

}
