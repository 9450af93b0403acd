package org.atelier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind names one model type, and the sealed types say which kinds are questions. */
class KindTest {

  @Test
  void everyItemTypeHasOneKindAndTheQuestionsAreTheSealedQuestionTypes() {
    List<Class<?>> types = Arrays.stream(Kind.values()).<Class<?>>map(Kind::type).toList();
    assertThat(types).doesNotHaveDuplicates().hasSize(Kind.values().length);
    assertThat(Arrays.stream(Kind.values()).filter(Kind::isQuestion).<Class<?>>map(Kind::type))
        .containsExactlyInAnyOrder(Question.class.getPermittedSubclasses());
    assertThat(Kind.PAGE.isQuestion()).isFalse();
    assertThat(Kind.SURVEY.isQuestion()).isFalse();
  }
}
