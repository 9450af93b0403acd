package org.atelier.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.atelier.model.CourseValidator;
import org.junit.jupiter.api.Test;

class ScormTokensTest {
  /** Moodle's SCORM 2004 short identifier (scorm_13.js, CMIShortIdentifier). */
  private static final String MOODLE_SHORT_IDENTIFIER = "^[\\w.]{1,250}$";

  @Test
  void everyAuthorIdBecomesAShortIdentifierAndComesBack() {
    Random random = new Random(42);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
    for (int n = 0; n < 10_000; n++) {
      StringBuilder id = new StringBuilder().append(alphabet.charAt(random.nextInt(36)));
      for (int k = random.nextInt(64); k > 0; k--) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(CourseValidator.SLUG.matcher(id).matches()).isTrue();
      String token = ScormTokens.token(id.toString());
      assertThat(token).matches(MOODLE_SHORT_IDENTIFIER);
      assertThat(ScormTokens.id(token)).isEqualTo(id.toString());
    }
  }

  @Test
  void theMappingIsLosslessBecauseAuthorIdsNeverHoldTheTokenCharacter() {
    assertThat(CourseValidator.SLUG.matcher("a" + ScormTokens.SCORM + "b").matches()).isFalse();
    assertThat(List.of("jour-1", "ia-autour-de-moi").stream().map(ScormTokens::token))
        .containsExactly("jour_1", "ia_autour_de_moi");
  }
}
