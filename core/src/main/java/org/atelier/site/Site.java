package org.atelier.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A rendered course as files in memory: path (with {@code /}, no leading slash) to bytes, sorted by
 * path so that every package built from it is the same on every build.
 */
public final class Site {
  private final SortedMap<String, byte[]> files;

  private Site(SortedMap<String, byte[]> files) {
    this.files = Collections.unmodifiableSortedMap(files);
  }

  /** A site of these files. */
  public static Site of(Map<String, byte[]> files) {
    TreeMap<String, byte[]> copy = new TreeMap<>();
    files.forEach((path, bytes) -> copy.put(checked(path), bytes.clone()));
    return new Site(copy);
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

  /** Every file, sorted by path; the map and its arrays must not be changed. */
  public SortedMap<String, byte[]> files() {
    return files;
  }

  /** The bytes at {@code path}, or {@code null}. */
  public byte[] file(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? null : bytes.clone();
  }

  /** This site with more files added (or replaced). */
  public Site with(Map<String, byte[]> more) {
    TreeMap<String, byte[]> copy = new TreeMap<>(files);
    more.forEach((path, bytes) -> copy.put(checked(path), bytes.clone()));
    return new Site(copy);
  }

  /** The total size of the files, in bytes. */
  public long size() {
    return files.values().stream().mapToLong(b -> b.length).sum();
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
    }
    return "application/octet-stream";
  }

  /** Writes every file below {@code folder}, creating folders as needed; returns the folder. */
  public Path write(Path folder) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = folder.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    return folder;
  }
}
