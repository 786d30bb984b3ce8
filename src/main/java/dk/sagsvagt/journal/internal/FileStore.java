package dk.sagsvagt.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Content-addressed files: each file is named by its SHA-256 under {@code ab/cd/<sha256>}. A file is written to a
 * temporary name, flushed to disk and renamed before the database row that names it commits, so a committed row
 * always has its file. A failed transaction leaves at most an orphan file, which {@link OrphanSweep} removes.
 */
@Component
public class FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	private final Path tmp;

	FileStore(FileStoreProperties properties) throws IOException {
		this.root = properties.dir().toAbsolutePath().normalize();
		this.tmp = root.resolve("tmp");
		Files.createDirectories(tmp);
	}

	/** Stores the stream's bytes; refuses (and keeps nothing) past {@code maxBytes}. */
	public StoredFile store(InputStream in, long maxBytes) throws IOException {
		Path temp = tmp.resolve("upload-" + UUID.randomUUID());
		MessageDigest digest = sha256();
		long size;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
				size = copy(in, out, maxBytes);
				out.flush();
				channel.force(true);
			}
			String hash = HexFormat.of().formatHex(digest.digest());
			Path target = path(hash);
			Files.createDirectories(target.getParent());
			if (Files.exists(target)) {
				// same content already stored; mark it as in use now so the sweep's grace period protects it
				Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
			}
			else {
				move(temp, target);
				syncDirectory(target.getParent());
			}
			return new StoredFile(hash, size, target);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	public Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	/** All stored files and leftover temporary files, for the sweep. */
	List<Path> allFiles() throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	static boolean isTemporary(Path file) {
		return file.getFileName().toString().startsWith("upload-");
	}

	static String hashOf(Path file) {
		String name = file.getFileName().toString();
		return SHA256.matcher(name).matches() ? name : null;
	}

	private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > maxBytes) {
				throw new FileTooLargeException(maxBytes);
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException e) {
			// stored by a concurrent upload of the same content
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException e) {
			// some file systems cannot open a directory for sync; the rename itself is still atomic
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Thrown when a file is larger than allowed. */
	public static class FileTooLargeException extends IOException {

		private final long maxBytes;

		FileTooLargeException(long maxBytes) {
			super("file larger than " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		public long maxBytes() {
			return maxBytes;
		}
	}
}
