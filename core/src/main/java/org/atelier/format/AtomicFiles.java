package org.atelier.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a temporary file in the same folder (so on the same
 * disk), then moved over the target in one step. A reader never sees half a file, and a failed
 * write leaves the older file as it was.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What goes into the file, written to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code file}; returns the file. */
  public static Path write(Path file, byte[] bytes) throws IOException {
    return write(file, out -> out.write(bytes));
  }

  /** Writes what {@code content} gives to {@code file}, creating its folder; returns the file. */
  public static Path write(Path file, Content content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, ".atelier-", ".part");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        content.writeTo(out);
      }
      if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
        // a temporary file is private; what Atelier writes is for sharing
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
      }
      return Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
