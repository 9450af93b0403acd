package org.atelier.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;
import org.atelier.site.Site;
import org.atelier.site.SiteRenderer;
import org.atelier.site.Tracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A media file goes from disk into the site folder and the zip by streaming, never whole. */
class MediaStreamingTest {
  private static final long SIZE = 40L << 20;

  private static Course withALargeImage(Path folder) throws Exception {
    Path image = folder.resolve("grande.png");
    Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
      file.setLength(SIZE);
    }
    String yaml =
        """
        id: demo
        title: Démo
        modules:
          - id: m1
            title: M
            items:
              - {type: page, id: p, title: P, image: {src: grande.png, alt: Une grande image}}
        """;
    return CourseFileReader.read(yaml.getBytes(StandardCharsets.UTF_8), "course.yaml", folder);
  }

  /** Bytes this thread allocates while {@code work} runs. */
  private static long allocated(ThrowingRunnable work) throws Exception {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    work.run();
    return threads.getThreadAllocatedBytes(id) - before;
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void aLargeImageIsZippedAndWrittenWithoutBeingHeldInMemory(@TempDir Path dir) throws Exception {
    Course course = withALargeImage(Files.createDirectory(dir.resolve("cours")));
    Path zip = dir.resolve("site.zip");
    Path folder = dir.resolve("site");
    // Once first, so that what is set up once per JVM (templates, classes) is not counted: run
    // alone, that came to more than the image itself.
    Site first = SiteRenderer.render(course, Tracker.local());
    first.zip(dir.resolve("warm-up.zip"));
    first.write(dir.resolve("warm-up"));
    long used =
        allocated(
            () -> {
              Site site = SiteRenderer.render(course, Tracker.local());
              site.zip(zip);
              site.write(folder);
            });
    assertThat(used).as("bytes allocated").isLessThan(SIZE / 2);
    assertThat(Files.size(folder.resolve("media/grande.png"))).isEqualTo(SIZE);
    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertThat(file.getEntry("media/grande.png").getSize()).isEqualTo(SIZE);
    }
  }
}
