package org.atelier.update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.atelier.model.ActionCard;
import org.atelier.model.Actions;
import org.atelier.model.CardSort;
import org.atelier.model.Discussion;
import org.atelier.model.DiscussionCard;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Item;
import org.atelier.model.ItemVisitor;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Page;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.Survey;
import org.atelier.model.SurveyQuestion;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.atelier.model.TrueFalse;

/**
 * What a learner's saved answer to an item depends on, and nothing else: the ids an answer names
 * (options, cards, gaps, categories, survey questions) and what makes an answer right. A typo in a
 * prompt, a new feedback text or more points change none of it, so a new build of the course keeps
 * every answer they touch; a changed right answer, an option removed or a gap's accepted answers
 * changed do, and the answer is then started afresh rather than read against content it was not
 * given to.
 *
 * <p>Items are found by id, so inserting, removing or moving an item changes nothing for the
 * others. Inside an item, a saved answer lists its options, cards, gaps and categories in the
 * course's order (the compact form that keeps SCORM 1.2's 4,096 characters enough for a whole
 * course), so that order is part of what an answer depends on: reordered options start the question
 * afresh, never read an old answer against the new order.
 *
 * <p>{@link #fingerprint} is what the player stores beside each answer; {@link #aspects} names the
 * parts, so that {@link CourseDiff} can say which one changed.
 */
public final class AnswerContent {
  private AnswerContent() {}

  /** The length of a fingerprint in characters (base64url, 36 bits). */
  public static final int FINGERPRINT_LENGTH = 6;

  /** The named parts of {@code item} that its saved answers depend on, in a fixed order. */
  public static Map<String, String> aspects(Item item) {
    return item.accept(ASPECTS);
  }

  /** A short digest of {@link #aspects}: equal for two builds whose answers mean the same. */
  public static String fingerprint(Item item) {
    StringBuilder canonical = new StringBuilder(item.kind().code());
    aspects(item)
        .forEach((name, value) -> canonical.append('\n').append(name).append('=').append(value));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(digest)
          .substring(0, FINGERPRINT_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static Map<String, String> of(String... nameValue) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      map.put(nameValue[i], nameValue[i + 1]);
    }
    return map;
  }

  /** The elements as a set: the order they are written in does not change the answer. */
  private static <T> String set(Collection<T> elements, Function<T, String> each) {
    TreeSet<String> sorted = new TreeSet<>();
    elements.forEach(e -> sorted.add(each.apply(e)));
    return String.join("|", sorted);
  }

  /** The elements in order: the order is the answer. */
  private static <T> String list(List<T> elements, Function<T, String> each) {
    return String.join("|", elements.stream().map(each).toList());
  }

  private static String choices(List<Option> options) {
    return list(options, Option::id);
  }

  private static String rightOptions(List<Option> options) {
    return set(options.stream().filter(Option::correct).toList(), Option::id);
  }

  private static final ItemVisitor<Map<String, String>> ASPECTS =
      new ItemVisitor<>() {
        @Override
        public Map<String, String> page(Page page) {
          return of();
        }

        @Override
        public Map<String, String> singleChoice(SingleChoice q) {
          return of("options", choices(q.options()), "right answer", rightOptions(q.options()));
        }

        @Override
        public Map<String, String> multipleResponse(MultipleResponse q) {
          return of("options", choices(q.options()), "right answers", rightOptions(q.options()));
        }

        @Override
        public Map<String, String> trueFalse(TrueFalse q) {
          return of("right answer", Boolean.toString(q.answer()));
        }

        @Override
        public Map<String, String> fillIn(FillIn q) {
          return of(
              "gaps",
              list(q.gaps(), Gap::id),
              "accepted answers",
              list(
                  q.gaps(),
                  g ->
                      g.id()
                          + ":"
                          + String.join("/", new TreeSet<>(g.accept()))
                          + ":"
                          + String.join("/", new TreeSet<>(g.options()))
                          + ":"
                          + (g.caseSensitive() ? "case" : "")
                          + (g.accentSensitive() ? "accent" : "")));
        }

        @Override
        public Map<String, String> cardSort(CardSort q) {
          return of(
              "categories",
              list(q.categories(), c -> c.id()),
              "cards",
              list(q.cards(), c -> c.id()),
              "right places",
              set(q.cards(), c -> c.id() + ">" + c.category()));
        }

        @Override
        public Map<String, String> sequence(Sequence q) {
          return of(
              // the cards are written in their right order: the list is both
              "cards and right order", list(q.cards(), c -> c.id()));
        }

        @Override
        public Map<String, String> timeline(Timeline q) {
          return of(
              "cards",
              list(q.cards(), TimelineCard::id),
              "dates and natures",
              set(q.cards(), c -> c.id() + "@" + c.date() + ":" + c.nature()));
        }

        @Override
        public Map<String, String> discussion(Discussion activity) {
          return of("cards", list(activity.cards(), DiscussionCard::id));
        }

        @Override
        public Map<String, String> actions(Actions activity) {
          return of("cards", list(activity.cards(), ActionCard::id));
        }

        @Override
        public Map<String, String> survey(Survey survey) {
          return of(
              "questions",
              list(
                  survey.questions(),
                  (SurveyQuestion q) ->
                      q.id()
                          + ":"
                          + q.type()
                          + ":"
                          + q.scale().size()
                          + ":"
                          + list(q.options(), c -> c.id())
                          + (q.multiple() ? ":several" : "")));
        }
      };
}
