package dk.sagsvagt.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dk.sagsvagt.journal.UploadedFile;
import dk.sagsvagt.shared.InvalidInputException;

/**
 * Where a migration's document files are: inline only, a folder beside the migration file (command line), or a ZIP
 * package (API and command line). A path is relative and stays inside the package; what is read is limited by the
 * journal's upload limit when it is stored.
 */
public interface MigrationFiles {

	/** The file at {@code path} inside the package, or a refusal naming {@code field}. */
	UploadedFile open(String path, String name, String contentType, String field);

	/** Files given inline only; a path is refused. */
	static MigrationFiles none() {
		return (path, name, contentType, field) -> {
			throw new InvalidInputException(field, "Filer med sti kan kun indlæses fra en ZIP-pakke eller en mappe. Brug content (base64).");
		};
	}

	/** Files under {@code folder}, the migration file's own. */
	static MigrationFiles folder(Path folder) {
		Path root = folder.toAbsolutePath().normalize();
		return (path, name, contentType, field) -> {
			Path file = root.resolve(relative(path, field)).normalize();
			// a link (the file or a folder on the way) may not lead out of the folder
			if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !inside(file, root)) {
				throw new InvalidInputException(field, "Filen '" + path + "' findes ikke i mappen.");
			}
			return of(name == null ? file.getFileName().toString() : name, contentType, () -> Files.newInputStream(file), size(file));
		};
	}

	/** Files in the ZIP package, by their names in it. */
	static MigrationFiles zip(ZipFile zip) {
		return (path, name, contentType, field) -> {
			ZipEntry entry = zip.getEntry(relative(path, field));
			if (entry == null || entry.isDirectory()) {
				throw new InvalidInputException(field, "Filen '" + path + "' findes ikke i ZIP-pakken.");
			}
			String shown = name == null ? Path.of(entry.getName()).getFileName().toString() : name;
			// the declared size may lie; the journal stops reading at its limit whatever it says
			return of(shown, contentType, () -> zip.getInputStream(entry), Math.max(0, entry.getSize()));
		};
	}

	/** A file given inline as base64. */
	static UploadedFile inline(String content, String name, String contentType, String field) {
		byte[] bytes;
		try {
			bytes = Base64.getMimeDecoder().decode(content);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "Filens indhold er ikke gyldig base64.");
		}
		return UploadedFile.of(name, contentType, bytes);
	}

	private static String relative(String path, String field) {
		String p = path == null ? "" : path.replace('\\', '/').strip();
		if (p.isEmpty() || p.startsWith("/") || p.matches("^[A-Za-z]:.*") || ("/" + p + "/").contains("/../")) {
			throw new InvalidInputException(field, "Stien '" + path + "' skal være relativ og blive inden for pakken.");
		}
		return p;
	}

	private static boolean inside(Path file, Path root) {
		try {
			return file.toRealPath().startsWith(root.toRealPath());
		}
		catch (IOException e) {
			return false;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			return 0;
		}
	}

	private static UploadedFile of(String name, String contentType, Opener opener, long size) {
		return new UploadedFile() {
			@Override
			public String fileName() {
				return name;
			}

			@Override
			public String contentType() {
				return contentType;
			}

			@Override
			public long size() {
				return size;
			}

			@Override
			public InputStream open() throws IOException {
				return opener.open();
			}
		};
	}

	@FunctionalInterface
	interface Opener {

		InputStream open() throws IOException;
	}
}
