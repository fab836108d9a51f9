package org.competencygraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Bolt password file in the data folder: made owner-only, and not taken from a link or another user. */
class BoltCredentialTests {

	@TempDir
	Path folder;

	@Test
	void aGeneratedPasswordIsKeptOwnerOnlyAndReused() throws Exception {
		BoltCredential first = BoltCredential.forTools(this.folder, null);
		Path file = this.folder.resolve(BoltCredential.FILE_NAME);
		assertThat(first.file()).isEqualTo(file);
		assertThat(first.password()).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(BoltCredential.forTools(this.folder, null).password()).isEqualTo(first.password());
	}

	@Test
	void aFileWhosePermissionsWereWidenedIsNarrowedAgain() throws Exception {
		BoltCredential.forTools(this.folder, null);
		Path file = this.folder.resolve(BoltCredential.FILE_NAME);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		BoltCredential.forTools(this.folder, null);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aSymbolicLinkIsRefusedNotFollowed(@TempDir Path elsewhere) throws Exception {
		// Whoever can write the data folder (but not read the real file) could otherwise point the application at a
		// password they chose, or have its permissions narrowed on a file of theirs.
		Path target = Files.writeString(elsewhere.resolve("chosen"), "a-password-someone-else-chose\n");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
		Files.createSymbolicLink(this.folder.resolve(BoltCredential.FILE_NAME), target);
		assertThatIllegalStateException().isThrownBy(() -> BoltCredential.forTools(this.folder, null))
			.withMessageContaining("is a symbolic link");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
	}

	@Test
	void aFileOfAnotherUserIsRefused() throws Exception {
		Path file = this.folder.resolve(BoltCredential.FILE_NAME);
		OwnerOnlyFiles.writeNew(file, "a-password-someone-else-chose\n");
		assumeTrue(giveAway(file), "only root can give a file to another user");
		assertThatIllegalStateException().isThrownBy(() -> BoltCredential.forTools(this.folder, null))
			.withMessageContaining("belongs to nobody");
	}

	@Test
	void aConfiguredPasswordNeedsSixteenCharacters() {
		assertThatIllegalStateException().isThrownBy(() -> BoltCredential.forTools(this.folder, "only-15-chars!!"))
			.withMessageContaining("at least 16 characters");
		assertThat(BoltCredential.forTools(this.folder, "sixteen-chars-ok").file()).isNull();
	}

	private static boolean giveAway(Path file) {
		try {
			UserPrincipal nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
			Files.setOwner(file, nobody);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
