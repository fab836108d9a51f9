package org.competencygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.competencygraph.framework.Framework;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ImportFolderTests {

	@TempDir
	Path temp;

	private Path root;

	private ImportFolder folder;

	@BeforeEach
	void folders() throws IOException {
		this.root = Files.createDirectories(this.temp.resolve("import"));
		Files.createDirectories(this.root.resolve("onet-30.1/sub"));
		Files.writeString(this.root.resolve("onet-30.1/Occupation Data.txt"), "x");
		Files.createDirectories(this.temp.resolve("outside/release"));
		Files.writeString(this.temp.resolve("outside/secret.txt"), "x");
		this.folder = new ImportFolder(this.root);
	}

	@Test
	void namesInsideTheImportFolderResolveToTheirRealPath() throws IOException {
		Path release = this.root.resolve("onet-30.1").toRealPath();
		assertThat(this.folder.resolve("onet-30.1")).contains(release);
		assertThat(this.folder.resolve(" onet-30.1/ ")).contains(release);
		assertThat(this.folder.resolve("./onet-30.1")).contains(release);
		assertThat(this.folder.resolve("onet-30.1/sub")).contains(release.resolve("sub"));
		assertThat(this.folder.resolve(release.toString())).as("an absolute path inside").contains(release);
		// Links that stay inside the import folder are fine.
		Files.createSymbolicLink(this.root.resolve("latest"), this.root.resolve("onet-30.1"));
		assertThat(this.folder.resolve("latest")).contains(release);
		// Reports name the release relative to the import folder, also when that folder is reached through a link.
		assertThat(this.folder.nameOf(this.folder.resolve("onet-30.1/sub").orElseThrow())).isEqualTo("onet-30.1/sub");
		Path linkedRoot = Files.createSymbolicLink(this.temp.resolve("import-link"), this.root);
		ImportFolder throughLink = new ImportFolder(linkedRoot);
		assertThat(throughLink.nameOf(throughLink.resolve("onet-30.1").orElseThrow())).isEqualTo("onet-30.1");
	}

	@Test
	void everythingElseIsNotFoundWhateverTheReason() throws IOException {
		Files.createSymbolicLink(this.root.resolve("linked-out"), this.temp.resolve("outside/release"));
		Files.writeString(this.root.resolve("a-file"), "x");
		for (String name : new String[] { "no-such-release", "../outside/release", "onet-30.1/../../outside/release",
				"onet-30.1/../onet-30.1", "..", ".", "", this.temp.resolve("outside/release").toString(), "/",
				this.root.toString(), "linked-out", "a-file",
				"onet-30.1/Occupation Data.txt", "bad\u0000name" }) {
			assertThat(this.folder.resolve(name)).as("'%s'", name).isEmpty();
		}
	}

	@Test
	void filesLinkedOutOfTheReleaseAreRefusedWhereTheyAreChosenWithTheSameAnswer() throws IOException {
		Files.createDirectories(this.root.resolve("with-a-file-linked-out"));
		Files.createSymbolicLink(this.root.resolve("with-a-file-linked-out/Skills.txt"),
				this.temp.resolve("outside/secret.txt"));
		Files.createDirectories(this.root.resolve("with-a-subfolder-linked-out"));
		Files.createSymbolicLink(this.root.resolve("with-a-subfolder-linked-out/relations"), this.temp.resolve("outside"));
		// A link inside a linked folder: the subfolder link stays inside the import folder, the file in it does not.
		// A walk of the release that does not follow links never sees it.
		Files.createDirectories(this.root.resolve("shared"));
		Files.createSymbolicLink(this.root.resolve("shared/secret.txt"), this.temp.resolve("outside/secret.txt"));
		Files.createDirectories(this.root.resolve("with-a-linked-folder"));
		Files.createSymbolicLink(this.root.resolve("with-a-linked-folder/relations"), this.root.resolve("shared"));
		for (String name : new String[] { "with-a-file-linked-out", "with-a-subfolder-linked-out",
				"with-a-linked-folder" }) {
			ReleaseFolder release = ReleaseFolder.confined(this.folder.resolve(name).orElseThrow(), Framework.ONET);
			assertThatThrownBy(() -> release.find("Skills.txt", "secret.txt")).as(name)
				.isInstanceOf(ReleaseNotFoundException.class).hasMessage(ImportFolder.NOT_FOUND);
			// The command line, run by the user on the machine, may import a folder of links to a download.
			assertThat(ReleaseFolder.open(this.folder.resolve(name).orElseThrow(), Framework.ONET)
				.find("Skills.txt", "secret.txt")).as(name).isNotNull();
		}
		// Links that stay inside the release are read by their real path.
		Files.createSymbolicLink(this.root.resolve("onet-30.1/sub/Occupations.txt"),
				this.root.resolve("onet-30.1/Occupation Data.txt"));
		ReleaseFolder release = ReleaseFolder.confined(this.folder.resolve("onet-30.1").orElseThrow(), Framework.ONET);
		assertThat(release.find("Occupations.txt")).isEqualTo(this.root.resolve("onet-30.1/Occupation Data.txt")
			.toRealPath());
	}

	@Test
	void aReleaseFolderThatCannotBeListedIsReportedWithoutItsPath() throws IOException {
		Path locked = Files.createDirectories(this.root.resolve("locked"));
		assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked), "running as root");
		try {
			assertThatThrownBy(() -> ReleaseFolder.open(locked, Framework.ONET))
				.isInstanceOfSatisfying(InvalidFrameworkDataException.class, ex -> assertThat(ex.problems())
					.containsExactly("the release folder cannot be listed (permission denied)"));
		}
		finally {
			locked.toFile().setReadable(true, false);
		}
	}

	@Test
	void anImportFolderThatDoesNotExistHoldsNothing() {
		assertThat(new ImportFolder(this.temp.resolve("missing")).resolve("onet-30.1")).isEmpty();
	}

}
