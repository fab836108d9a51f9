package org.competencygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * Unpacks an uploaded release (a ZIP of its files, as O*NET and ESCO publish them) into a new folder of the import
 * folder, where the import mutations can then name it. Every entry is checked before a byte of it is written: a
 * name that leads out of the new folder is refused, and the unpacked size and the number of entries are counted as
 * they are read (a ZIP's own headers may lie), so a small upload cannot fill the disk. The folder appears only when
 * the whole archive was unpacked; a refused one leaves nothing behind.
 */
final class ReleaseUploads {

	static final String FOLDER = "uploads";

	private static final Logger logger = LoggerFactory.getLogger(ReleaseUploads.class);

	private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

	private final Path importFolder;

	private final long maxUnpackedBytes;

	private final int maxEntries;

	private final SecureRandom random = new SecureRandom();

	ReleaseUploads(Path importFolder, DataSize maxUnpacked, int maxEntries) {
		this.importFolder = importFolder.toAbsolutePath().normalize();
		this.maxUnpackedBytes = maxUnpacked.toBytes();
		this.maxEntries = maxEntries;
	}

	/**
	 * Unpacks {@code zip} and returns the new folder's name relative to the import folder, e.g.
	 * {@code uploads/20261130-101500-3f9a1c}.
	 * @throws InvalidUploadException when the archive is not a ZIP, is too large unpacked, or names a path that
	 * leads out of its folder
	 */
	String unpack(InputStream zip) {
		String name = FOLDER + "/" + LocalDateTime.now().format(NAME_TIME) + "-"
				+ HexFormat.of().formatHex(bytes(3));
		Path target = this.importFolder.resolve(name);
		Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
		try {
			Files.createDirectories(partial);
			int entries = unpackInto(zip, partial);
			if (entries == 0) {
				throw new InvalidUploadException("the upload is not a ZIP archive, or an empty one");
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			logger.info("Unpacked an uploaded release of {} entries into {}", entries, target);
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot unpack the upload into " + target, ex);
		}
		finally {
			delete(partial);
		}
	}

	private int unpackInto(InputStream zip, Path folder) throws IOException {
		long unpacked = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream in = new ZipInputStream(zip)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (++entries > this.maxEntries) {
					throw new InvalidUploadException("the archive has more than " + this.maxEntries + " entries");
				}
				Path path = inside(folder, entry.getName());
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					continue;
				}
				Files.createDirectories(path.getParent());
				try (OutputStream out = Files.newOutputStream(path)) {
					for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
						unpacked += read;
						if (unpacked > this.maxUnpackedBytes) {
							throw new InvalidUploadException("the archive unpacks to more than "
									+ DataSize.ofBytes(this.maxUnpackedBytes).toMegabytes() + " MB");
						}
						out.write(buffer, 0, read);
					}
				}
			}
		}
		catch (ZipException ex) {
			throw new InvalidUploadException("the upload is not a readable ZIP archive (" + ex.getMessage() + ")");
		}
		return entries;
	}

	/** The path of entry {@code name} inside {@code folder}; a name leading out of it is refused. */
	private static Path inside(Path folder, String name) {
		Path path;
		try {
			path = folder.resolve(name).normalize();
		}
		catch (InvalidPathException ex) {
			throw new InvalidUploadException("the archive has an entry with an invalid name");
		}
		if (!path.startsWith(folder) || path.equals(folder) || Path.of(name).isAbsolute()) {
			throw new InvalidUploadException("the archive has an entry that leads out of its folder: " + name);
		}
		return path;
	}

	private byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static void delete(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			logger.warn("Could not remove the partly unpacked upload {}: {}", folder, ex.getMessage());
		}
	}

}
