package org.competencygraph.extraction;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.competencygraph.api.ErrorBodies;
import org.competencygraph.api.ErrorBodies.Classification;

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
 * {@code POST /job-descriptions/draft}: the admin (or a planner) uploads a job description (multipart, part
 * {@code file}: .txt, .md, .docx or .pdf) and gets the draft job profile as YAML, as {@code extract} writes it;
 * nothing is stored. For files larger than a GraphQL request takes. Errors come in the GraphQL error format, as from
 * every other endpoint.
 */
@RestController
class DraftUploadController {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	private final JobProfileExtractor extractor;

	private final ErrorBodies errors;

	DraftUploadController(JobProfileExtractor extractor, ErrorBodies errors) {
		this.extractor = extractor;
		this.errors = errors;
	}

	@PostMapping(path = "/job-descriptions/draft", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
	ResponseEntity<String> draft(@RequestPart("file") MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "document.txt"
				: file.getOriginalFilename();
		if (file.getSize() > this.extractor.maxBytes()) {
			// Refused before it is read into memory.
			throw new InvalidDocumentException(name + ": the document has " + file.getSize() + " bytes, more than the "
					+ this.extractor.maxBytes() + " allowed (competency-graph.extraction.max-document-size)");
		}
		return ResponseEntity.ok().contentType(YAML).body(this.extractor.draft(name, file.getBytes()).yaml());
	}

	@ExceptionHandler(InvalidDocumentException.class)
	void invalid(InvalidDocumentException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, "file: " + ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.errors.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, Classification.REQUEST_TOO_LARGE,
				"file: the upload is larger than the server accepts (spring.servlet.multipart.max-file-size)");
	}

}
