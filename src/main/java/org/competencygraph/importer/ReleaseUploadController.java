package org.competencygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.competencygraph.api.ErrorBodies;
import org.competencygraph.api.ErrorBodies.Classification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.execution.ErrorType;
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

	private final ErrorBodies errors;

	ReleaseUploadController(FrameworkProperties frameworks, UploadProperties properties, ErrorBodies errors) {
		this.uploads = new ReleaseUploads(frameworks.importFolder(), properties.maxUnpacked(),
				properties.maxEntries());
		this.errors = errors;
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
	void invalid(InvalidUploadException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST,
				"file: " + ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.errors.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, Classification.REQUEST_TOO_LARGE,
				"file: the upload is larger than the server accepts (spring.servlet.multipart.max-file-size)");
	}

}
