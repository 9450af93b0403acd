package org.atelier.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.atelier.model.Actions;
import org.atelier.model.CardSort;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Discussion;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Item;
import org.atelier.model.ItemVisitor;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Page;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.Survey;
import org.atelier.model.SurveyQuestion;
import org.atelier.model.Timeline;
import org.atelier.model.TrueFalse;
import org.atelier.update.AnswerContent;

/**
 * The size of the player's saved state, which the player writes as compact JSON (core.js, {@code
 * S.encode}): {@code {"v":2,"l":"<item id>","s":{"<item id>":<record>,…},"c":["<module id>",…]}}, a
 * record per item touched: {@code 1} visited, or {@code [attempts, done, response,
 * "<fingerprint>"]} ({@code done} is 1 once the answer is final; the fingerprint is {@link
 * org.atelier.update.AnswerContent#fingerprint}, so that a new build of the course keeps the
 * answers whose activity did not change and starts the others afresh); {@code c} lists the modules
 * whose completion was reported. Items and modules are named by id, so an item inserted or removed
 * shifts nothing. Responses list the course's own order of options, cards and gaps, never the
 * shuffled one (that order is part of the fingerprint):
 *
 * <ul>
 *   <li>single choice: the option's index, {@code -1} for none; true/false: {@code 1}, {@code 0} or
 *       {@code -1};
 *   <li>multiple response: a string of {@code 0}/{@code 1}, one per option;
 *   <li>fill-in: an array, per gap the typed text or the chosen option's index ({@code -1});
 *   <li>card sort: an array, per card its category's index or {@code -1};
 *   <li>sequence: the card indices in the learner's order; timeline: {@code [order, natures]},
 *       natures a string of {@code r}, {@code f} or {@code -} per card;
 *   <li>discussion and actions: {@code [read, chosen]}, two strings of {@code 0}/{@code 1};
 *   <li>survey: an array, per question the scale or option index, a {@code 0}/{@code 1} string for
 *       several choices, or the text.
 * </ul>
 *
 * Texts are limited by the player ({@link #GAP_MAX_LENGTH}, {@link #TEXT_MAX_LENGTH}) and stripped
 * of control characters, so each character costs at most two in JSON.
 *
 * <p>This class computes the longest state a course can produce, every item touched and every
 * answer at its longest, so that an exporter can refuse a course whose state cannot fit a
 * platform's limit (SCORM 1.2's 4,096 characters of {@code suspend_data}).
 */
public final class StateBudget {
  private StateBudget() {}

  /** The most characters a learner can type in a gap. */
  public static final int GAP_MAX_LENGTH = 60;

  /** The most characters a learner can type in an open survey answer. */
  public static final int TEXT_MAX_LENGTH = 300;

  /** The most attempts a record counts; more are stored as this. */
  public static final int MAX_ATTEMPTS_STORED = 99;

  /**
   * What one item can cost at most in the state.
   *
   * @param itemId the item's id
   * @param title the item's title
   * @param characters its record's longest length
   */
  public record Cost(String itemId, String title, int characters) {}

  /** The longest state of the whole course played as one unit. */
  public static int maxLength(Course course) {
    return maxLength(course.items().toList(), course.modules());
  }

  /** The longest state of one module played on its own. */
  public static int maxLength(CourseModule module) {
    return maxLength(module.items(), List.of(module));
  }

  /** The longest state of these items, from these modules, played as one unit. */
  private static int maxLength(List<Item> items, List<CourseModule> modules) {
    // {"v":2,"l":"<id>","s":{"<id>":r,…},"c":["<module>",…]}
    int longestId = items.stream().mapToInt(i -> i.id().length()).max().orElse(0);
    int length = "{\"v\":2,\"l\":".length() + 2 + longestId;
    length += ",\"s\":{".length() + "}".length();
    length += ",\"c\":[".length() + "]}".length();
    for (CourseModule module : modules) {
      length += 2 + module.id().length();
    }
    length += Math.max(0, modules.size() - 1);
    for (Item item : items) {
      length += entry(item);
    }
    return length + Math.max(0, items.size() - 1);
  }

  /** Each item's longest record, the costliest first. */
  public static List<Cost> costs(List<Item> items) {
    List<Cost> costs = new ArrayList<>();
    for (Item item : items) {
      costs.add(new Cost(item.id(), item.title(), entry(item)));
    }
    costs.sort(Comparator.comparingInt(Cost::characters).reversed());
    return costs;
  }

  /** {@code "<id>":<record>}: an item's place in the state, at its longest. */
  private static int entry(Item item) {
    return 2 + item.id().length() + 1 + record(item);
  }

  private static int record(Item item) {
    int response = item.accept(new ResponseLength());
    if (response < 0) {
      return 1; // a page: visited
    }
    // [attempts,done,response,"<fingerprint>"]
    return 1
        + digits(MAX_ATTEMPTS_STORED)
        + 1
        + 1
        + 1
        + response
        + 1
        + 2
        + AnswerContent.FINGERPRINT_LENGTH
        + 1;
  }

  static int digits(long value) {
    return Long.toString(value).length();
  }

  /** A JSON string of at most {@code max} characters, each escaped to two at most. */
  private static int string(int max) {
    return 2 + 2 * max;
  }

  /** A string of one character per element. */
  private static int flags(int count) {
    return 2 + count;
  }

  /** An index among {@code count}, or -1 for none. */
  private static int index(int count) {
    return Math.max(2, digits(Math.max(0, count - 1)));
  }

  /** A JSON array of {@code count} indices below {@code count}. */
  private static int indices(int count, int each) {
    return 2 + count * each + Math.max(0, count - 1);
  }

  /** The longest response of each kind, or -1 for an item with no response. */
  private static final class ResponseLength implements ItemVisitor<Integer> {
    @Override
    public Integer page(Page page) {
      return -1;
    }

    @Override
    public Integer singleChoice(SingleChoice q) {
      return index(q.options().size());
    }

    @Override
    public Integer multipleResponse(MultipleResponse q) {
      return flags(q.options().size());
    }

    @Override
    public Integer trueFalse(TrueFalse q) {
      return 2; // -1, 0 or 1
    }

    @Override
    public Integer fillIn(FillIn q) {
      int length = 2 + Math.max(0, q.gaps().size() - 1);
      for (Gap gap : q.gaps()) {
        length += gap.isChoice() ? index(gap.options().size()) : string(GAP_MAX_LENGTH);
      }
      return length;
    }

    @Override
    public Integer cardSort(CardSort q) {
      return indices(q.cards().size(), index(q.categories().size()));
    }

    @Override
    public Integer sequence(Sequence q) {
      return indices(q.cards().size(), digits(Math.max(0, q.cards().size() - 1)));
    }

    @Override
    public Integer timeline(Timeline q) {
      int n = q.cards().size();
      return 1 + indices(n, digits(Math.max(0, n - 1))) + 1 + flags(n) + 1;
    }

    @Override
    public Integer discussion(Discussion activity) {
      return 1 + flags(activity.cards().size()) + 1 + flags(activity.cards().size()) + 1;
    }

    @Override
    public Integer actions(Actions activity) {
      return 1 + flags(activity.cards().size()) + 1 + flags(activity.cards().size()) + 1;
    }

    @Override
    public Integer survey(Survey survey) {
      int length = 2 + Math.max(0, survey.questions().size() - 1);
      for (SurveyQuestion q : survey.questions()) {
        length +=
            switch (q.type()) {
              case LIKERT -> index(q.scale().size());
              case CHOICE -> q.multiple() ? flags(q.options().size()) : index(q.options().size());
              case TEXT -> string(TEXT_MAX_LENGTH);
            };
      }
      return length;
    }
  }
}
