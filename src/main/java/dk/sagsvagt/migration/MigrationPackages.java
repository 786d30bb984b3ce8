package dk.sagsvagt.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.shared.InvalidInputException;

/**
 * A migration as an operator hands it in: a JSON file (files beside it in its folder, or inline), or a ZIP package
 * with {@value #ENTRY} at its root and the files it names.
 */
public final class MigrationPackages {

	/** The migration file's name inside a ZIP package. */
	public static final String ENTRY = "sager.json";

	private MigrationPackages() {
	}

	/** Whether the file is a ZIP package, by its first bytes (PK\3\4), whatever its name says. */
	public static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		}
	}

	/**
	 * Imports the file: a ZIP package, or a JSON file whose paths are read from {@code folder} (null: inline files
	 * only); at most {@code maxCases} cases and {@code maxBytes} of JSON.
	 */
	public static MigrationReport importFile(MigrationImport migration, Path file, Path folder, CurrentUser user, int maxCases,
			long maxBytes)
			throws IOException {
		if (isZip(file)) {
			try (ZipFile zip = new ZipFile(file.toFile())) {
				ZipEntry entry = zip.getEntry(ENTRY);
				if (entry == null) {
					throw new InvalidInputException("file", "ZIP-pakken skal have filen " + ENTRY + " i roden.");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					return migration.importJson(in, MigrationFiles.zip(zip), user, maxCases, maxBytes);
				}
			}
			catch (ZipException e) {
				throw new InvalidInputException("file", "Filen er ikke en gyldig ZIP-pakke.");
			}
		}
		try (InputStream in = Files.newInputStream(file)) {
			return migration.importJson(in, folder == null ? MigrationFiles.none() : MigrationFiles.folder(folder), user, maxCases,
					maxBytes);
		}
	}

}
