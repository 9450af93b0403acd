package org.atelier.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.atelier.format.AtomicFiles;
import org.atelier.pack.ZipWriter;

/**
 * A rendered course as files: path (with {@code /}, no leading slash) to bytes, sorted by path so
 * that every package built from it is the same on every build. The pages and scripts are held in
 * memory; media files stay on disk, linked by path, and are copied by streaming when the site is
 * written or zipped, so a large image never has to fit in memory.
 */
public final class Site {
  private final SortedMap<String, byte[]> files;
  private final SortedMap<String, Path> linked;

  private Site(SortedMap<String, byte[]> files, SortedMap<String, Path> linked) {
    this.files = Collections.unmodifiableSortedMap(files);
    this.linked = Collections.unmodifiableSortedMap(linked);
  }

  /** A site of these files. */
  public static Site of(Map<String, byte[]> files) {
    return of(files, Map.of());
  }

  /** A site of these files in memory and of these files on disk, each under its site path. */
  public static Site of(Map<String, byte[]> files, Map<String, Path> onDisk) {
    TreeMap<String, byte[]> copy = new TreeMap<>();
    files.forEach((path, bytes) -> copy.put(checked(path), bytes.clone()));
    TreeMap<String, Path> links = new TreeMap<>();
    onDisk.forEach(
        (path, file) -> {
          if (copy.containsKey(checked(path))) {
            throw new IllegalArgumentException("two files at " + path);
          }
          links.put(path, file);
        });
    return new Site(copy, links);
  }

  private static String checked(String path) {
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || path.equals("..")
        || path.startsWith("../")
        || path.contains("/../")
        || path.endsWith("/..")) {
      throw new IllegalArgumentException("not a site path: " + path);
    }
    return path;
  }

  /** Every site path, sorted. */
  public SortedSet<String> paths() {
    TreeSet<String> paths = new TreeSet<>(files.keySet());
    paths.addAll(linked.keySet());
    return Collections.unmodifiableSortedSet(paths);
  }

  /**
   * Every file, sorted by path, read into memory (media included): for tests and small sites;
   * {@link #paths()} and {@link #copy} stream instead. The map and its arrays must not be changed.
   */
  public SortedMap<String, byte[]> files() {
    if (linked.isEmpty()) {
      return files;
    }
    TreeMap<String, byte[]> all = new TreeMap<>(files);
    linked.forEach(
        (path, file) -> {
          try {
            all.put(path, Files.readAllBytes(file));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read media file " + file, e);
          }
        });
    return Collections.unmodifiableSortedMap(all);
  }

  /** The bytes at {@code path}, or {@code null} (also for a media file gone from disk). */
  public byte[] file(String path) {
    byte[] bytes = files.get(path);
    if (bytes != null) {
      return bytes.clone();
    }
    Path file = linked.get(path);
    if (file == null) {
      return null;
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return null;
    }
  }

  /** Writes the file at {@code path} to {@code out}, a media file by streaming it from disk. */
  public void copy(String path, OutputStream out) throws IOException {
    byte[] bytes = files.get(path);
    if (bytes != null) {
      out.write(bytes);
      return;
    }
    Path file = linked.get(path);
    if (file == null) {
      throw new IllegalArgumentException("no file at " + path);
    }
    Files.copy(file, out);
  }

  /** This site with more files added (or replaced). */
  public Site with(Map<String, byte[]> more) {
    TreeMap<String, byte[]> copy = new TreeMap<>(files);
    TreeMap<String, Path> links = new TreeMap<>(linked);
    more.forEach(
        (path, bytes) -> {
          copy.put(checked(path), bytes.clone());
          links.remove(path);
        });
    return new Site(copy, links);
  }

  /** The total size of the files, in bytes. */
  public long size() {
    long size = files.values().stream().mapToLong(b -> b.length).sum();
    for (Path file : linked.values()) {
      try {
        size += Files.size(file);
      } catch (IOException e) {
        // gone: it will fail where it is copied, with its name
      }
    }
    return size;
  }

  /** The HTTP content type of a site path, by its ending. */
  public static String contentType(String path) {
    String p = path.toLowerCase(java.util.Locale.ROOT);
    if (p.endsWith(".html") || p.endsWith("/") || p.isEmpty()) {
      return "text/html; charset=utf-8";
    } else if (p.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (p.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (p.endsWith(".json")) {
      return "application/json";
    } else if (p.endsWith(".xml") || p.endsWith(".xsd")) {
      return "application/xml";
    } else if (p.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (p.endsWith(".png")) {
      return "image/png";
    } else if (p.endsWith(".jpg") || p.endsWith(".jpeg")) {
      return "image/jpeg";
    } else if (p.endsWith(".gif")) {
      return "image/gif";
    } else if (p.endsWith(".webp")) {
      return "image/webp";
    }
    return "application/octet-stream";
  }

  /**
   * Writes every file below {@code folder}, creating folders as needed, each file whole or not at
   * all; returns the folder.
   */
  public Path write(Path folder) throws IOException {
    for (String path : paths()) {
      AtomicFiles.write(folder.resolve(path), out -> copy(path, out));
    }
    return folder;
  }

  /** The site as a zip ({@link ZipWriter}: the same bytes for the same site). */
  public byte[] zip() {
    return ZipWriter.zip(paths(), this::copy);
  }

  /** Writes the site as a zip to {@code file}, whole or not at all; returns the file. */
  public Path zip(Path file) throws IOException {
    return ZipWriter.write(paths(), this::copy, file);
  }
}
