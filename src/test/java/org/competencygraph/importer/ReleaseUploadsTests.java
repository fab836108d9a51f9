package org.competencygraph.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReleaseUploadsTests {

	@TempDir
	Path importFolder;

	private ReleaseUploads uploads() {
		return new ReleaseUploads(this.importFolder, DataSize.ofKilobytes(64), 10);
	}

	@Test
	void aReleaseIsUnpackedIntoANewFolderOfTheImportFolder() throws IOException {
		String name = uploads().unpack(zip("onet/Skills.txt", "O*NET-SOC Code\tElement ID\n",
				"onet/Abilities.txt", "x\ty\n"));
		assertThat(name).matches("uploads/\\d{8}-\\d{6}-[0-9a-f]{6}");
		Path folder = this.importFolder.resolve(name);
		assertThat(folder.resolve("onet/Skills.txt")).hasContent("O*NET-SOC Code\tElement ID");
		assertThat(folder.resolve("onet/Abilities.txt")).exists();
		assertThat(leftovers()).containsExactly(folder);
	}

	@Test
	void anEntryLeadingOutOfItsFolderIsRefusedAndNothingIsLeft() throws IOException {
		assertThatExceptionOfType(InvalidUploadException.class)
			.isThrownBy(() -> uploads().unpack(zip("ok.txt", "fine", "../../escaped.txt", "evil")))
			.withMessageContaining("leads out of its folder");
		assertThat(this.importFolder.getParent().resolve("escaped.txt")).doesNotExist();
		assertThat(this.importFolder.resolve("escaped.txt")).doesNotExist();
		assertThat(leftovers()).isEmpty();
		assertThatExceptionOfType(InvalidUploadException.class)
			.isThrownBy(() -> uploads().unpack(zip("/tmp/absolute.txt", "evil")))
			.withMessageContaining("leads out of its folder");
	}

	@Test
	void anArchiveThatUnpacksBeyondTheLimitIsRefusedWhatEverItsHeadersSay() throws IOException {
		// 1 MB of zeros compresses to about a kilobyte: a small upload, a large unpacked size.
		String zeros = "0".repeat(1024 * 1024);
		byte[] bomb = zipBytes("big.txt", zeros);
		assertThat(bomb.length).isLessThan(16 * 1024);
		assertThatExceptionOfType(InvalidUploadException.class)
			.isThrownBy(() -> uploads().unpack(new ByteArrayInputStream(bomb)))
			.withMessageContaining("unpacks to more than");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void tooManyEntriesAreRefused() throws IOException {
		String[] entries = new String[2 * 11];
		for (int i = 0; i < 11; i++) {
			entries[2 * i] = "f" + i + ".txt";
			entries[2 * i + 1] = "x";
		}
		assertThatExceptionOfType(InvalidUploadException.class).isThrownBy(() -> uploads().unpack(zip(entries)))
			.withMessageContaining("more than 10 entries");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void somethingThatIsNotAZipIsRefused() throws IOException {
		assertThatExceptionOfType(InvalidUploadException.class)
			.isThrownBy(() -> uploads().unpack(new ByteArrayInputStream("just text".getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("not a ZIP");
		assertThat(leftovers()).isEmpty();
	}

	/** What is in the uploads folder, partial folders included. */
	private java.util.List<Path> leftovers() throws IOException {
		Path uploads = this.importFolder.resolve(ReleaseUploads.FOLDER);
		if (!Files.exists(uploads)) {
			return java.util.List.of();
		}
		try (var files = Files.list(uploads)) {
			return files.toList();
		}
	}

	private static ByteArrayInputStream zip(String... namesAndContents) throws IOException {
		return new ByteArrayInputStream(zipBytes(namesAndContents));
	}

	private static byte[] zipBytes(String... namesAndContents) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
