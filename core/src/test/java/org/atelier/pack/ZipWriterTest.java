package org.atelier.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.atelier.site.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip of a site is the same, byte for byte, however and wherever it is built. */
class ZipWriterTest {

  private static Site site(boolean reversed) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> paths = new ArrayList<>(List.of("index.html", "player/player.js", "media/a.png"));
    if (reversed) {
      java.util.Collections.reverse(paths);
    }
    for (String path : paths) {
      files.put(path, ("contents of " + path).repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    return Site.of(files);
  }

  @Test
  void twoBuildsOfTheSameSiteAreByteIdentical() throws Exception {
    byte[] first = site(false).zip();
    Thread.sleep(1100); // a zip time has a two-second grain: cross at least one tick
    assertThat(site(true).zip()).isEqualTo(first);
  }

  @Test
  void theBytesDoNotDependOnTheMachinesTimeZone() {
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] east = site(false).zip();
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertThat(site(false).zip()).isEqualTo(east);
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void entriesAreSortedDeflatedDatedAndReadableByEveryone() throws IOException {
    byte[] zip = site(true).zip();
    List<String> names = new ArrayList<>();
    try (ZipFile file =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry entry : java.util.Collections.list(file.getEntriesInPhysicalOrder())) {
        names.add(entry.getName());
        assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.DEFLATED);
        assertThat(entry.getUnixMode()).as(entry.getName()).isEqualTo(0100644);
        assertThat(entry.getExtraFields()).as(entry.getName()).isEmpty();
        assertThat(
                LocalDateTime.ofInstant(
                    entry.getLastModifiedDate().toInstant(), ZoneId.systemDefault()))
            .isEqualTo(ZipWriter.ENTRY_TIME);
      }
    }
    assertThat(names).containsExactly("index.html", "media/a.png", "player/player.js");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      assertThat(new String(readEntry(in, "index.html"), StandardCharsets.UTF_8))
          .startsWith("contents of index.html");
    }
  }

  @Test
  void writesThePackageInOneMoveAndLeavesNothingElse(@TempDir Path dir) throws IOException {
    Path zip = site(false).zip(dir.resolve("out/course.zip"));
    assertThat(Files.readAllBytes(zip)).isEqualTo(site(false).zip());
    try (var listing = Files.list(zip.getParent())) {
      assertThat(listing).containsExactly(zip);
    }
    if (Files.getFileStore(zip).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)))
          .isEqualTo("rw-r--r--");
    }
  }

  private static byte[] readEntry(ZipInputStream in, String name) throws IOException {
    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
      if (entry.getName().equals(name)) {
        return in.readAllBytes();
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
