package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.coursefile.Fixtures.course;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.atelier.model.MediaPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A media file holds what its name says, within the size limits, or is refused by name. */
class MediaTest {
  /** The smallest thing that starts as a PNG does. */
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  private static List<String> problemsOf(Path folder, String src) {
    String yaml =
        course("      - {type: page, id: p, title: P, image: {src: \"" + src + "\", alt: A}}");
    return problems(yaml, folder);
  }

  /** The problems of {@code yaml}, none when it reads. */
  private static List<String> problems(String yaml, Path folder) {
    try {
      Fixtures.read(yaml, folder);
      return List.of();
    } catch (CourseFileException e) {
      return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }
  }

  private static List<String> problemsWith(Path folder, String name, String content)
      throws Exception {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    return problemsOf(folder, name);
  }

  @Test
  void imagesOfEveryFormatWhoseBytesMatchTheirNameAreTaken(@TempDir Path folder) throws Exception {
    Files.write(folder.resolve("a.png"), PNG);
    Files.write(folder.resolve("b.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    Files.writeString(folder.resolve("c.gif"), "GIF89a...");
    Files.writeString(folder.resolve("d.webp"), "RIFF\0\0\0\0WEBPVP8 ");
    Files.writeString(
        folder.resolve("e.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"/></defs>"
            + "<rect fill=\"url(#g)\" width=\"1\" height=\"1\"/><use href=\"#g\"/></svg>");
    for (String name : List.of("a.png", "b.jpg", "c.gif", "d.webp", "e.svg")) {
      assertThat(problemsOf(folder, name)).as(name).isEmpty();
    }
  }

  @Test
  void aMediaNameThatWouldNeedEscapingOrThatWindowsCannotHoldIsRefusedWithAPlainName(
      @TempDir Path folder) throws Exception {
    for (String name :
        List.of(
            "photo d'été.png", "a&b.png", "x<y>.png", "deux:points.png", "nul.png", "fin..png.")) {
      assertThat(problemsOf(folder, name))
          .as(name)
          .singleElement()
          .asString()
          .contains("does not travel")
          .contains("rename the file");
    }
    assertThat(problemsOf(folder, "photo d'été.png").get(0)).contains("\"photo-d-ete.png\"");
    Files.createDirectories(folder.resolve("images"));
    Files.write(folder.resolve("images/carte_1-v2.png"), PNG);
    assertThat(problemsOf(folder, "images/carte_1-v2.png")).isEmpty();
  }

  @Test
  void aTextFileNamedPngIsRefused(@TempDir Path folder) throws Exception {
    assertThat(problemsWith(folder, "photo.png", "ceci n'est pas une image\n"))
        .singleElement()
        .asString()
        .contains("image.src: the file \"photo.png\" is not a PNG image, though its name says so")
        .contains("holds text");
  }

  @Test
  void anHtmlPageNamedJpgIsRefused(@TempDir Path folder) throws Exception {
    assertThat(problemsWith(folder, "photo.jpg", "<!doctype html><title>404</title>"))
        .singleElement()
        .asString()
        .contains("\"photo.jpg\" is not a JPEG image");
  }

  @Test
  void anEmptyFileIsRefused(@TempDir Path folder) throws Exception {
    assertThat(problemsWith(folder, "photo.gif", ""))
        .singleElement()
        .asString()
        .contains("the file \"photo.gif\" is empty");
  }

  @Test
  void aFileNotNamedAsAnImageIsNoImage(@TempDir Path folder) throws Exception {
    assertThat(problemsWith(folder, "notes.txt", "du texte"))
        .singleElement()
        .asString()
        .contains("\"notes.txt\" is not named as an image")
        .contains("PNG, JPEG, GIF, WebP or SVG");
  }

  @Test
  void anSvgWithAScriptAHandlerOrAnOutsideReferenceIsRefused(@TempDir Path folder)
      throws Exception {
    for (String svg :
        List.of(
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=\"alert(1)\"></svg>",
            "<svg><image href=\"https://tracker.example/pixel.png\"/></svg>",
            "<svg><use xlink:href='other.svg#x'/></svg>",
            "<svg><style>@import 'https://x.example/a.css';</style></svg>",
            "<svg><rect style=\"fill: url(https://x.example/p)\"/></svg>",
            "<svg><foreignObject><div/></foreignObject></svg>")) {
      assertThat(problemsWith(folder, "schema.svg", svg))
          .as(svg)
          .singleElement()
          .asString()
          .contains("the SVG image \"schema.svg\" holds a script, an event handler or a reference");
    }
  }

  @Test
  void anSvgThatIsNotUtf8IsSaidNotToBeAnSvg(@TempDir Path folder) throws Exception {
    Files.write(folder.resolve("schema.svg"), "<svg/>".getBytes(StandardCharsets.UTF_16));
    assertThat(problemsOf(folder, "schema.svg"))
        .singleElement()
        .asString()
        .contains("the file \"schema.svg\" is not an SVG image")
        .doesNotContain("cannot be read");
  }

  @Test
  void everyImageFormatTakenIsServedWithItsType() {
    assertThat(
            List.of("a.png", "a.jpg", "a.gif", "a.webp", "a.svg").stream()
                .map(org.atelier.site.Site::contentType)
                .toList())
        .containsExactly("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml");
  }

  @Test
  void aFolderNamedAsAnImageIsSaidToBeAFolder(@TempDir Path folder) throws Exception {
    Files.createDirectory(folder.resolve("photo.png"));
    assertThat(problemsOf(folder, "photo.png"))
        .singleElement()
        .asString()
        .contains("\"photo.png\" is a folder, not a file")
        .doesNotContain("does not exist");
  }

  @Test
  void aFileOverTheLimitIsRefusedUnreadWithTheLimit(@TempDir Path folder) throws Exception {
    Path big = folder.resolve("big.png");
    Files.write(big, PNG);
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(MediaPolicy.MAX_FILE_BYTES + 1); // sparse: no disk, no time
    }
    assertThat(problemsOf(folder, "big.png"))
        .singleElement()
        .asString()
        .contains("the file \"big.png\" weighs 50 MiB, over the 50 MiB a media file may weigh");
  }

  @Test
  void mediaOverTheCourseLimitTogetherAreRefusedAtTheFileThatPassesIt(@TempDir Path folder)
      throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      Path image = folder.resolve("i" + i + ".png");
      Files.write(image, PNG);
      try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
        file.setLength(45L << 20);
      }
      items.append(
          "      - {type: page, id: p%d, title: P, image: {src: i%d.png, alt: A}}\n"
              .formatted(i, i));
    }
    String yaml = course(items.toString().stripTrailing());
    assertThat(problems(yaml, folder))
        .singleElement()
        .asString()
        .contains("items[4].image.src: with \"i5.png\" the course's media weigh 225 MiB")
        .contains("over the 200 MiB every package can hold");
  }
}
