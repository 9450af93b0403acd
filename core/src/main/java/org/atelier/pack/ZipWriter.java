package org.atelier.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.atelier.format.AtomicFiles;

/**
 * Writes files as a zip that is the same, byte for byte, for the same files: entries in path order,
 * one fixed time, fixed permissions, maximum compression. It knows paths and bytes, nothing of what
 * they are.
 */
public final class ZipWriter {
  private ZipWriter() {}

  /** The time every entry carries: 2026-01-01 00:00. */
  public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  /** Where each entry's bytes come from: written to the zip, so a large file can be streamed. */
  @FunctionalInterface
  public interface Entries {
    /** Writes the bytes of the entry at {@code path} to {@code out}. */
    void copy(String path, OutputStream out) throws IOException;
  }

  /** The zip of these files in memory, by path. */
  public static byte[] zip(Map<String, byte[]> files) {
    return zip(files.keySet(), (path, out) -> out.write(files.get(path)));
  }

  /** The zip's bytes. */
  public static byte[] zip(Collection<String> paths, Entries entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      zip(paths, entries, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes the zip of {@code paths} (in path order, whatever the collection's) to {@code out}. */
  public static void zip(Collection<String> paths, Entries entries, OutputStream out)
      throws IOException {
    // Zip stores local time: taking it in this machine's zone gives the same bytes everywhere.
    long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.setEncoding("UTF-8");
      for (String path : new TreeSet<>(paths)) {
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        entry.setTime(time);
        entry.setUnixMode(0100644);
        zip.putArchiveEntry(entry);
        entries.copy(path, zip);
        zip.closeArchiveEntry();
      }
      zip.finish();
    }
  }

  /** Writes the zip to {@code file}, whole or not at all ({@link AtomicFiles}). */
  public static Path write(Collection<String> paths, Entries entries, Path file)
      throws IOException {
    return AtomicFiles.write(file, out -> zip(paths, entries, out));
  }
}
