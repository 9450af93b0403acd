package org.atelier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media policy holds where files are read, not only where courses are validated. */
class MediaPolicyTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Test
  void aLinkSwappedInAfterValidationIsRefusedWhenTheFileIsRead(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectory(dir.resolve("course"));
    Files.write(root.resolve("photo.png"), PNG);
    MediaPolicy policy = MediaPolicy.in(root);
    assertThat(policy.refusal("photo.png", true)).isNull();
    assertThat(policy.file("photo.png")).isEqualTo(root.resolve("photo.png").toRealPath());

    Path outside = Files.write(dir.resolve("secret.png"), PNG);
    Files.delete(root.resolve("photo.png"));
    Files.createSymbolicLink(root.resolve("photo.png"), outside);

    MediaPolicy.RefusedException e =
        catchThrowableOfType(MediaPolicy.RefusedException.class, () -> policy.file("photo.png"));
    assertThat(e.refusal().message()).contains("links to a file outside the course folder");
  }

  @Test
  void aJudgedPathGivesItsRealFileOrWhyNotInOnePass(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectory(dir.resolve("course"));
    Files.write(root.resolve("photo.png"), PNG);
    Files.writeString(root.resolve("fake.png"), "not a picture");
    MediaPolicy policy = MediaPolicy.in(root);
    assertThat(policy.judge("photo.png", true))
        .isEqualTo(new MediaPolicy.Verdict(root.resolve("photo.png").toRealPath(), null));
    MediaPolicy.Verdict fake = policy.judge("fake.png", true);
    assertThat(fake.file()).isNull();
    assertThat(fake.refusal()).isEqualTo(policy.refusal("fake.png", true)).isNotNull();
  }

  @Test
  void aCourseWithoutMediaFolderGetsAReasonNotANullPointer() {
    MediaPolicy policy = MediaPolicy.in(null);
    assertThat(policy.refusal("images/photo.png", true).message())
        .contains("no media folder to find \"images/photo.png\"");
    assertThat(catchThrowableOfType(MediaPolicy.RefusedException.class, () -> policy.file("a.png")))
        .isNotNull();
  }

  @Test
  void pathsThatLeaveTheFolderAreRefusedBeforeAnyFileIsTouched(@TempDir Path dir) {
    MediaPolicy policy = MediaPolicy.in(dir);
    assertThat(policy.refusal("../etc/hostname", false).message()).contains("leaves the course");
    assertThat(policy.refusal("/etc/hostname", false).message()).contains("absolute path");
  }
}
