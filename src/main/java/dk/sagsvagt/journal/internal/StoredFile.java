package dk.sagsvagt.journal.internal;

import java.nio.file.Path;

/** A file in the store: its SHA-256 in lower-case hex, its size and where it lies. */
public record StoredFile(String sha256, long size, Path path) {
}
