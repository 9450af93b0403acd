package org.atelier.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts every format shares: discovery, options, resources, atomic writes. */
class FormatPartsTest {

  @Test
  void coreListsItsOwnFourFormatsInOrder() {
    // the exporters' modules are not on core's class path: only core's services file is read
    assertThat(PackageFormats.all())
        .extracting(PackageFormat::name)
        .containsExactly("site", "moodle-xml", "gift", "print");
  }

  @Test
  void optionsDefaultToOneScoForTheCourse() {
    assertThat(FormatOptions.defaults().sco()).isEqualTo(FormatOptions.Sco.COURSE);
    assertThat(FormatOptions.builder().sco(FormatOptions.Sco.MODULE).build().sco())
        .isEqualTo(FormatOptions.Sco.MODULE);
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> Resources.bytes(FormatPartsTest.class, "nope.js"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nope.js");
    assertThat(
            Resources.bytes(
                PackageFormat.class, "/META-INF/services/" + PackageFormat.class.getName()))
        .isNotEmpty();
  }

  @Test
  void aFailedWriteLeavesTheOlderFileAndNoPartBeside(@TempDir Path dir) throws IOException {
    Path file = AtomicFiles.write(dir.resolve("a/b.txt"), "older".getBytes(StandardCharsets.UTF_8));
    assertThat(file).hasContent("older");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(file).hasContent("older");
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    }
    AtomicFiles.write(file, "newer".getBytes(StandardCharsets.UTF_8));
    assertThat(file).hasContent("newer");
  }
}
