package org.atelier.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.atelier.site.Site;

/**
 * Writes a {@link Site} as a zip that is the same, byte for byte, for the same site: entries in
 * path order, one fixed time, fixed permissions, maximum compression.
 */
public final class ZipWriter {
  private ZipWriter() {}

  /** The time every entry carries: 2026-01-01 00:00. */
  public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  /** The zip's bytes. */
  public static byte[] zip(Site site) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      zip(site, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes the zip to {@code out}, each media file streamed from disk. */
  public static void zip(Site site, OutputStream out) throws IOException {
    // Zip stores local time: taking it in this machine's zone gives the same bytes everywhere.
    long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.setEncoding("UTF-8");
      for (String path : site.paths()) {
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        entry.setTime(time);
        entry.setUnixMode(0100644);
        zip.putArchiveEntry(entry);
        site.copy(path, zip);
        zip.closeArchiveEntry();
      }
      zip.finish();
    }
  }

  /**
   * Writes the zip to {@code file}: to a temporary file beside it first, then moved into place, so
   * a failed build never leaves half a package.
   */
  public static Path write(Site site, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, ".atelier-", ".part");
    try {
      try (OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        zip(site, out);
      }
      if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
        // a temporary file is private; a package is for sharing
        Files.setPosixFilePermissions(
            partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      }
      return Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
