package org.competencygraph.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.command.Command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code extract FILE}: the draft job profile of a job description on standard output, to redirect into a file,
 * review and import ({@code import draft.yaml}); the log goes to standard error. Exit code 0, 1 when the document
 * cannot be read, 2 on wrong usage.
 */
@Component
class ExtractCommand implements Command {

	private final JobProfileExtractor extractor;

	ExtractCommand(JobProfileExtractor extractor) {
		this.extractor = extractor;
	}

	@Override
	public String name() {
		return "extract";
	}

	@Override
	public List<String> usage() {
		return List.of("extract FILE > draft.yaml                  (a job description, .txt .md .docx .pdf, to a draft job profile)");
	}

	@Override
	public int run(List<String> files, ApplicationArguments arguments, PrintStream out) {
		if (files.size() != 1) {
			out.println("Usage: " + usage().getFirst());
			return USAGE;
		}
		Path file = Path.of(files.getFirst());
		try {
			out.print(this.extractor.draft(file.getFileName().toString(), Files.readAllBytes(file)).yaml());
			return SUCCESS;
		}
		catch (NoSuchFileException ex) {
			System.err.println(file + ": no such file");
		}
		catch (IOException ex) {
			System.err.println(file + ": cannot be read: " + ex.getMessage());
		}
		catch (InvalidDocumentException ex) {
			System.err.println(ex.getMessage());
		}
		return REJECTED;
	}

}
