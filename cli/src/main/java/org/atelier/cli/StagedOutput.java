package org.atelier.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The outputs of one build, written first into a hidden folder inside the target folder (so on the
 * same disk) and moved into place only once every one of them is written: a build writes all its
 * outputs or none. An output that replaces an older one replaces it whole (a site's folder holds no
 * stale file afterwards).
 */
final class StagedOutput implements AutoCloseable {
  private final Path target;
  private final Path folder;
  private final boolean targetCreated;

  private StagedOutput(Path target, Path folder, boolean targetCreated) {
    this.target = target;
    this.folder = folder;
    this.targetCreated = targetCreated;
  }

  /** Opens a staging folder in {@code target}, creating the target if need be. */
  static StagedOutput in(Path target) throws IOException {
    boolean created = !Files.isDirectory(target);
    Files.createDirectories(target);
    return new StagedOutput(target, Files.createTempDirectory(target, ".atelier-build-"), created);
  }

  /** Where the outputs are to be written. */
  Path folder() {
    return folder;
  }

  /**
   * Moves every output into the target folder, replacing what has the same name; if a move fails,
   * the outputs already moved are taken back and the older ones restored.
   *
   * @param written the paths the formats wrote, inside {@link #folder()}
   * @return the same paths in the target folder
   */
  List<Path> commit(List<Path> written) throws IOException {
    List<Path> outputs;
    try (Stream<Path> entries = Files.list(folder)) {
      outputs = entries.toList();
    }
    Path replaced = Files.createDirectory(folder.resolve(".replaced"));
    List<Path> placed = new ArrayList<>();
    try {
      for (Path output : outputs) {
        Path name = output.getFileName();
        Path destination = target.resolve(name);
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(destination, replaced.resolve(name));
        }
        Files.move(output, destination);
        placed.add(name);
      }
    } catch (IOException e) {
      for (Path name : placed) {
        delete(target.resolve(name));
      }
      try (Stream<Path> older = Files.list(replaced)) {
        for (Path old : older.toList()) {
          Files.move(old, target.resolve(old.getFileName()));
        }
      }
      throw e;
    }
    return written.stream().map(path -> target.resolve(folder.relativize(path))).toList();
  }

  /** Removes the staging folder, and the target folder too if it was made for a failed build. */
  @Override
  public void close() throws IOException {
    delete(folder);
    if (targetCreated) {
      try (Stream<Path> left = Files.list(target)) {
        if (left.findAny().isEmpty()) {
          Files.delete(target);
        }
      }
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
