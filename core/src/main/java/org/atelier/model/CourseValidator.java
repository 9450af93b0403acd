package org.atelier.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every course must follow, whether it comes from a course file or from code. Problems
 * are collected, not thrown one at a time, each with the field path where it is and how to fix it.
 */
public final class CourseValidator {

  /** What an id looks like: lower-case letters, digits and dashes, at most 64 characters. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
  private static final int MAX_LIKERT = 11;

  /**
   * The longest course or module title: SCORM 1.2's manifest holds titles of at most 200 characters
   * (the course's in the organization, each SCO's in its item).
   */
  public static final int MAX_TITLE = 200;

  /** The longest version: SCORM 1.2's manifest holds versions of at most 20 characters. */
  public static final int MAX_VERSION = 20;

  /**
   * The most points an activity may weigh, and the fewest: Moodle's question grade holds seven
   * decimals and five digits before them.
   */
  public static final double MAX_POINTS = 99_999, MIN_POINTS = 0.0000001;

  /**
   * The longest an activity may take, in minutes: a training day of eight hours. A longer figure is
   * most likely seconds written for minutes (900 for a quarter of an hour).
   */
  public static final int MAX_DURATION = 480;

  private final List<Problem> problems = new ArrayList<>();
  private final Course course;
  private final MediaPolicy media;

  private CourseValidator(Course course) {
    this.course = course;
    this.media = MediaPolicy.in(course.mediaRoot());
  }

  /**
   * Every problem of the course, in the order of the course; empty when it is valid. Only the
   * course's constructor calls it: a {@link Course} that exists is valid.
   */
  static List<Problem> validate(Course course) {
    CourseValidator validator = new CourseValidator(course);
    validator.checkCourse();
    validator.checkCharacters("", course);
    return List.copyOf(validator.problems);
  }

  private final java.util.Set<Path> mediaSeen = new java.util.HashSet<>();
  private long mediaBytes;
  private boolean mediaOverLimit;

  private void problem(String path, String message, String fix) {
    problems.add(new Problem(path, message, fix));
  }

  private void checkCourse() {
    slug("id", course.id());
    required("title", course.title(), "give the course a title");
    longest("title", course.title(), MAX_TITLE, "a title");
    if (course.language() == null || !LANGUAGE.matcher(course.language()).matches()) {
      problem(
          "language",
          "\"" + course.language() + "\" is not a language tag",
          "use a BCP 47 tag such as fr, fr-FR or en");
    }
    required("version", course.version(), "give a version such as 1.0.0, or leave it out");
    longest("version", course.version(), MAX_VERSION, "a version");
    checkBaseIri(course.baseIri());
    share("masteryScore", course.masteryScore());
    for (int i = 0; i < course.authors().size(); i++) {
      required("authors[" + i + "]", course.authors().get(i), "remove the empty author");
    }
    if (course.modules().isEmpty()) {
      problem("modules", "the course has no module", "add at least one module with items");
    }
    Map<String, String> ids = new HashMap<>();
    for (int m = 0; m < course.modules().size(); m++) {
      CourseModule module = course.modules().get(m);
      String path = "modules[" + m + "]";
      if (module == null) {
        problem(path, "the module is empty", "remove it or give it an id, a title and items");
        continue;
      }
      checkModule(path, module, ids);
    }
  }

  private void checkBaseIri(String iri) {
    if (iri == null) {
      return;
    }
    try {
      URI uri = new URI(iri);
      if (!uri.isAbsolute()) {
        problem(
            "baseIri",
            "\"" + iri + "\" is not an absolute IRI",
            "write a full IRI such as https://example.org/courses/my-course");
      } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        problem(
            "baseIri",
            "the base IRI has a " + (uri.getRawFragment() != null ? "#fragment" : "?query"),
            "remove it: the ids appended as /<module>/<item> would land in it");
      } else if (iri.endsWith("/")) {
        problem(
            "baseIri",
            "the base IRI ends with a slash",
            "remove the trailing slash: ids are appended as /<module>/<item>");
      }
    } catch (URISyntaxException e) {
      problem(
          "baseIri",
          "\"" + iri + "\" is not a valid IRI (" + e.getReason() + ")",
          "write a full IRI such as https://example.org/courses/my-course");
    }
  }

  private void checkModule(String path, CourseModule module, Map<String, String> ids) {
    slug(path + ".id", module.id());
    unique(ids, module.id(), path + ".id", "module and item ids must be unique in the course");
    required(path + ".title", module.title(), "give the module a title");
    longest(path + ".title", module.title(), MAX_TITLE, "a title");
    if (module.masteryScore() != null) {
      share(path + ".masteryScore", module.masteryScore());
    }
    if (module.items().isEmpty()) {
      problem(path + ".items", "the module has no item", "add pages or activities to it");
    }
    for (int i = 0; i < module.items().size(); i++) {
      Item item = module.items().get(i);
      String itemPath = path + ".items[" + i + "]";
      if (item == null) {
        problem(itemPath, "the item is empty", "remove it or give it a type, an id and a title");
        continue;
      }
      slug(itemPath + ".id", item.id());
      unique(ids, item.id(), itemPath + ".id", "module and item ids must be unique in the course");
      required(itemPath + ".title", item.title(), "give the " + item.kind().code() + " a title");
      if (item instanceof Question question) {
        checkRules(itemPath, question.rules());
      }
      if (item instanceof Activity activity && activity.duration() != null) {
        checkDuration(itemPath + ".duration", activity.duration());
      }
      item.accept(new ItemChecker(itemPath));
    }
  }

  private void checkRules(String path, Rules rules) {
    if (!(rules.points() > 0) || Double.isInfinite(rules.points())) {
      problem(path + ".points", "points must be greater than 0", "use a positive weight, e.g. 1");
    } else if (rules.points() > MAX_POINTS || rules.points() < MIN_POINTS) {
      problem(
          path + ".points",
          "an activity weighs 0.0000001 to 99,999 points (what Moodle's question grade holds),"
              + " this one "
              + (rules.points() > MAX_POINTS ? "more" : "less"),
          "use a weight such as 1 or 2: only the ratio between activities counts");
    }
    if (rules.attempts() < 0) {
      problem(path + ".attempts", "attempts cannot be negative", "use 0 for unlimited attempts");
    }
  }

  private void checkDuration(String path, int minutes) {
    if (minutes < 1) {
      problem(
          path,
          minutes + " is not a duration: an activity takes at least 1 minute",
          "write how many minutes it takes, e.g. `duration: 15`, or leave `duration` out");
    } else if (minutes > MAX_DURATION) {
      problem(
          path,
          "an activity takes at most "
              + MAX_DURATION
              + " minutes (a training day), this one "
              + minutes,
          "write the duration in minutes (a quarter of an hour is 15), or split the activity");
    }
  }

  /** Checks what is particular to each kind of item. */
  private final class ItemChecker implements ItemVisitor<Void> {
    private final String path;

    ItemChecker(String path) {
      this.path = path;
    }

    @Override
    public Void page(Page page) {
      if (page.image() != null) {
        checkImage(path + ".image", page.image());
      }
      for (int i = 0; i < page.resources().size(); i++) {
        Resource resource = page.resources().get(i);
        String at = path + ".resources[" + i + "]";
        if (resource == null) {
          problem(at, "the resource is empty", "remove it or give it a title");
          continue;
        }
        required(at + ".title", resource.title(), "give the resource a title");
        if (resource.url() != null) {
          checkLink(at + ".url", resource.url());
        }
      }
      return null;
    }

    @Override
    public Void singleChoice(SingleChoice q) {
      required(path + ".prompt", q.prompt(), "write the question in prompt");
      long correct = checkOptions(q.options());
      if (correct != 1 && !q.options().isEmpty()) {
        problem(
            path + ".options",
            "a single-choice question needs exactly one correct option, this one has " + correct,
            correct == 0
                ? "mark the right option with `correct: true`"
                : "keep `correct: true` on one option, or make it a multiple-response question");
      }
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse q) {
      required(path + ".prompt", q.prompt(), "write the question in prompt");
      long correct = checkOptions(q.options());
      if (correct == 0 && !q.options().isEmpty()) {
        problem(
            path + ".options",
            "the question has no correct option",
            "mark every right option with `correct: true`");
      }
      return null;
    }

    private long checkOptions(List<Option> options) {
      if (options.size() < 2) {
        problem(
            path + ".options",
            "a choice question needs at least two options, this one has " + options.size(),
            "add options");
      }
      checkList(
          options,
          "options",
          Option::id,
          (option, at) -> required(at + ".text", option.text(), "write the option's text"));
      return options.stream().filter(o -> o != null && o.correct()).count();
    }

    @Override
    public Void trueFalse(TrueFalse q) {
      required(path + ".prompt", q.prompt(), "write the statement in prompt");
      return null;
    }

    @Override
    public Void fillIn(FillIn q) {
      required(path + ".text", q.text(), "write the passage, with a {{gap-id}} at each gap");
      if (q.gaps().isEmpty()) {
        problem(path + ".gaps", "the text has no gap", "add gaps and mark each {{gap-id}}");
      }
      checkList(q.gaps(), "gaps", Gap::id, (gap, at) -> checkGap(gap, at));
      if (q.text() == null) {
        return null;
      }
      Set<String> declared = new HashSet<>();
      q.gaps().forEach(g -> declared.add(g == null ? null : g.id()));
      Set<String> marked = new LinkedHashSet<>();
      Matcher m = FillIn.MARKER.matcher(q.text());
      while (m.find()) {
        String id = m.group(1);
        if (!marked.add(id)) {
          problem(
              path + ".text",
              "the gap {{" + id + "}} appears twice in the text",
              "give each gap its own id");
        } else if (!declared.contains(id)) {
          problem(
              path + ".text",
              "the text marks a gap {{" + id + "}} that is not in gaps",
              "add a gap with `id: " + id + "` or fix the marker");
        }
      }
      for (int i = 0; i < q.gaps().size(); i++) {
        Gap gap = q.gaps().get(i);
        if (gap != null && gap.id() != null && !marked.contains(gap.id())) {
          problem(
              path + ".gaps[" + i + "].id",
              "the gap \"" + gap.id() + "\" is not marked in the text",
              "write {{" + gap.id() + "}} in the text where the gap stands");
        }
      }
      return null;
    }

    private void checkGap(Gap gap, String at) {
      if (gap.accept().isEmpty()) {
        problem(at + ".accept", "the gap has no accepted answer", "list the right answers");
      }
      for (int i = 0; i < gap.accept().size(); i++) {
        required(at + ".accept[" + i + "]", gap.accept().get(i), "remove the empty answer");
      }
      if (gap.isChoice()) {
        if (gap.options().size() < 2) {
          problem(at + ".options", "a list to pick from needs at least two options", "add some");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < gap.options().size(); i++) {
          String option = gap.options().get(i);
          required(at + ".options[" + i + "]", option, "remove the empty option");
          if (option != null && !seen.add(option)) {
            problem(at + ".options[" + i + "]", "\"" + option + "\" is listed twice", "remove it");
          }
        }
        for (int i = 0; i < gap.accept().size(); i++) {
          String answer = gap.accept().get(i);
          if (answer != null && !gap.options().contains(answer)) {
            problem(
                at + ".accept[" + i + "]",
                "the answer \"" + answer + "\" is not one of the options",
                "add it to options, or correct its spelling");
          }
        }
      }
    }

    @Override
    public Void cardSort(CardSort q) {
      if (q.categories().size() < 2) {
        problem(
            path + ".categories",
            "a card sort needs at least two categories, this one has " + q.categories().size(),
            "add categories");
      }
      Set<String> categories = new HashSet<>();
      checkList(
          q.categories(),
          "categories",
          Category::id,
          (category, at) -> {
            required(at + ".title", category.title(), "give the category a title");
            categories.add(category.id());
          });
      if (q.cards().isEmpty()) {
        problem(path + ".cards", "the card sort has no card", "add cards");
      }
      checkList(
          q.cards(),
          "cards",
          SortCard::id,
          (card, at) -> {
            required(at + ".text", card.text(), "write the card's text");
            if (card.category() == null) {
              problem(
                  at + ".category", "the card has no category", "say which category it goes in");
            } else if (!categories.contains(card.category())) {
              problem(
                  at + ".category",
                  "the card is sorted into \"" + card.category() + "\", which is not a category",
                  "use one of: " + String.join(", ", ids(q.categories(), Category::id)));
            }
          });
      return null;
    }

    @Override
    public Void sequence(Sequence q) {
      if (q.cards().size() < 2) {
        problem(
            path + ".cards",
            "a sequence needs at least two cards, this one has " + q.cards().size(),
            "add the cards in the right order");
      }
      checkList(
          q.cards(),
          "cards",
          Card::id,
          (card, at) -> required(at + ".text", card.text(), "write the card's text"));
      return null;
    }

    @Override
    public Void timeline(Timeline q) {
      if (q.cards().size() < 2) {
        problem(
            path + ".cards",
            "a timeline needs at least two cards, this one has " + q.cards().size(),
            "add dated cards");
      }
      Map<Long, String> dates = new HashMap<>();
      checkList(
          q.cards(),
          "cards",
          TimelineCard::id,
          (card, at) -> {
            required(at + ".text", card.text(), "write the card's text");
            if (card.nature() == null) {
              problem(
                  at + ".nature", "the card has no nature", "write `nature: reality` or `fiction`");
            }
            if (card.date() == null || card.date().isBlank()) {
              problem(
                  at + ".date", "the card has no date", "give a date: YYYY, YYYY-MM or YYYY-MM-DD");
            } else if (!TimelineCard.isValidDate(card.date())) {
              problem(
                  at + ".date",
                  "\"" + card.date() + "\" is not a date",
                  "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1956 or 1956-08-31");
            } else {
              String other = dates.putIfAbsent(card.dateKey(), card.id());
              if (other != null) {
                problem(
                    at + ".date",
                    "the card has the same date as \""
                        + other
                        + "\", so their order can't be checked",
                    "give one of them a more precise date (YYYY-MM or YYYY-MM-DD)");
              }
            }
          });
      return null;
    }

    @Override
    public Void discussion(Discussion activity) {
      if (activity.cards().isEmpty()) {
        problem(path + ".cards", "the discussion has no card", "add cards");
      }
      checkList(
          activity.cards(),
          "cards",
          DiscussionCard::id,
          (card, at) -> required(at + ".title", card.title(), "give the card a title"));
      return null;
    }

    @Override
    public Void actions(Actions activity) {
      if (activity.cards().isEmpty()) {
        problem(path + ".cards", "the activity has no action card", "add cards");
      }
      checkList(
          activity.cards(),
          "cards",
          ActionCard::id,
          (card, at) -> required(at + ".title", card.title(), "give the card a title"));
      return null;
    }

    @Override
    public Void survey(Survey survey) {
      if (survey.questions().isEmpty()) {
        problem(path + ".questions", "the survey has no question", "add questions");
      }
      checkList(survey.questions(), "questions", SurveyQuestion::id, this::checkSurveyQuestion);
      return null;
    }

    private void checkSurveyQuestion(SurveyQuestion q, String at) {
      required(at + ".prompt", q.prompt(), "write the question in prompt");
      if (q.type() == null) {
        problem(
            at + ".kind", "the question has no kind", "write `kind: likert`, `choice` or `text`");
        return;
      }
      switch (q.type()) {
        case LIKERT -> {
          if (q.scale().size() < 2 || q.scale().size() > MAX_LIKERT) {
            problem(
                at + ".scale",
                "a Likert scale needs 2 to "
                    + MAX_LIKERT
                    + " labels, this one has "
                    + q.scale().size(),
                "list the labels from lowest to highest");
          }
          for (int i = 0; i < q.scale().size(); i++) {
            required(at + ".scale[" + i + "]", q.scale().get(i), "write the label");
          }
        }
        case CHOICE -> {
          if (q.options().size() < 2) {
            problem(at + ".options", "a choice question needs at least two options", "add options");
          }
          Map<String, String> seen = new HashMap<>();
          for (int i = 0; i < q.options().size(); i++) {
            Choice choice = q.options().get(i);
            String choiceAt = at + ".options[" + i + "]";
            if (choice == null) {
              problem(choiceAt, "the option is empty", "remove it or give it an id and a text");
              continue;
            }
            slug(choiceAt + ".id", choice.id());
            unique(seen, choice.id(), choiceAt + ".id", "option ids must be unique in a question");
            required(choiceAt + ".text", choice.text(), "write the option's text");
          }
        }
        case TEXT -> {
          // An open question needs nothing more.
        }
      }
    }

    /** Checks that a list's elements are present, with unique slug ids, then each element. */
    private <T> void checkList(
        List<T> list,
        String field,
        Function<T, String> id,
        java.util.function.BiConsumer<T, String> check) {
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        T element = list.get(i);
        String at = path + "." + field + "[" + i + "]";
        if (element == null) {
          problem(at, "the entry is empty", "remove it or fill it in");
          continue;
        }
        slug(at + ".id", id.apply(element));
        unique(seen, id.apply(element), at + ".id", "ids must be unique in " + field);
        check.accept(element, at);
      }
    }
  }

  private static <T> List<String> ids(List<T> list, Function<T, String> id) {
    List<String> ids = new ArrayList<>();
    for (T element : list) {
      if (element != null && id.apply(element) != null) {
        ids.add(id.apply(element));
      }
    }
    return ids;
  }

  private void checkImage(String path, Image image) {
    if (image.src() == null || image.src().isBlank()) {
      problem(path + ".src", "the image has no file", "give the path of the image file in src");
    } else {
      checkMedia(path + ".src", image.src(), true);
    }
    if (!image.decorative() && (image.alt() == null || image.alt().isBlank())) {
      problem(
          path + ".alt",
          "the image has no alternative text",
          "describe what the image shows in alt, or set `decorative: true` if it shows nothing"
              + " that matters");
    }
  }

  private void checkLink(String path, String url) {
    if (LinkPolicy.COURSE.allows(url)) {
      try {
        new URI(url);
      } catch (URISyntaxException e) {
        problem(path, "\"" + url + "\" is not a valid address", "check the address");
      }
    } else if (LinkPolicy.COURSE.scheme(url).isPresent()) {
      problem(path, "links may only use " + LinkPolicy.COURSE.inWords(), "use an https:// address");
    } else {
      checkMedia(path, url, false);
    }
  }

  /**
   * A media path must stay inside the media folder and name a file that exists, holds what its name
   * says and keeps within the size limits ({@link MediaPolicy}); all the course's media together
   * keep within {@link MediaPolicy#MAX_COURSE_BYTES}.
   */
  private void checkMedia(String path, String src, boolean image) {
    MediaPolicy.Verdict verdict = media.judge(src, image);
    if (verdict.refusal() != null) {
      problem(path, verdict.refusal().message(), verdict.refusal().fix());
      return;
    }
    try {
      Path file = verdict.file();
      if (mediaSeen.add(file) && !mediaOverLimit) {
        mediaBytes += Files.size(file);
        if (mediaBytes > MediaPolicy.MAX_COURSE_BYTES) {
          mediaOverLimit = true;
          problem(
              path,
              "with \""
                  + src
                  + "\" the course's media weigh "
                  + MediaPolicy.mib(mediaBytes)
                  + ", over the "
                  + MediaPolicy.mib(MediaPolicy.MAX_COURSE_BYTES)
                  + " every package can hold",
              "make the images smaller, or link large files by https:// address");
        }
      }
    } catch (java.io.IOException e) {
      problem(path, "the file \"" + src + "\" cannot be read", "check its permissions");
    }
  }

  private void slug(String path, String id) {
    if (id == null || id.isEmpty()) {
      problem(path, "the id is missing", "give a short id of lower-case letters, digits and -");
    } else if (!SLUG.matcher(id).matches()) {
      problem(
          path,
          "\"" + id + "\" is not a valid id",
          "use lower-case letters, digits and - only (at most 64), e.g. \""
              + suggestSlug(id)
              + "\"");
    }
  }

  private void unique(Map<String, String> seen, String id, String path, String rule) {
    if (id == null) {
      return;
    }
    String first = seen.putIfAbsent(id, path);
    if (first != null) {
      problem(path, "the id \"" + id + "\" is already used at " + first, rule);
    }
  }

  private void required(String path, String value, String fix) {
    if (value == null || value.isBlank()) {
      problem(path, "this field is missing or empty", fix);
    }
  }

  /** A text no longer than {@code max} characters, the most some export format holds. */
  private void longest(String path, String value, int max, String what) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      problem(
          path,
          "the text is "
              + value.codePointCount(0, value.length())
              + " characters long; "
              + what
              + " may be at most "
              + max
              + " (SCORM 1.2 holds no more)",
          "shorten it to " + max + " characters or fewer");
    }
  }

  /**
   * Every text of the course, found through the records' components (so that a new field is never
   * forgotten): a character that XML cannot hold, or that no one can see, is refused.
   */
  private void checkCharacters(String path, Object value) {
    if (value instanceof String text) {
      int bad = unprintable(text);
      if (bad >= 0) {
        int c = text.codePointAt(bad);
        problem(
            path,
            String.format(
                "the text holds the control character U+%04X (%s) at character %d",
                c,
                java.util.Objects.requireNonNullElse(Character.getName(c), "unassigned"),
                text.codePointCount(0, bad) + 1),
            "remove it: no package can hold it (in YAML, look for an escape such as \\e, \\a,"
                + " \\0 or \\x1b inside double quotes)");
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        checkCharacters(path + "[" + i + "]", list.get(i));
      }
    } else if (value instanceof Record record) {
      for (java.lang.reflect.RecordComponent component : COMPONENTS.get(record.getClass())) {
        Object field;
        try {
          field = component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
        String name = component.getName();
        checkCharacters(path.isEmpty() ? name : path + "." + name, field);
      }
    }
  }

  private static final ClassValue<List<java.lang.reflect.RecordComponent>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected List<java.lang.reflect.RecordComponent> computeValue(Class<?> type) {
          // Rules are read from the item's own fields in a course file, and hold no text.
          return type == Rules.class ? List.of() : List.of(type.getRecordComponents());
        }
      };

  /**
   * The index of the first character that is a control character other than tab, line feed and
   * carriage return, a non-character U+FFFE/U+FFFF or half of a surrogate pair; else -1.
   */
  static int unprintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        i++;
      } else if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
          || c == '\uFFFE'
          || c == '\uFFFF'
          || Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private void share(String path, double value) {
    if (!(value >= 0 && value <= 1)) {
      problem(
          path,
          value + " is not a share between 0 and 1",
          value > 1 && value <= 100
              ? "write " + (value / 100) + " for " + value + " %"
              : "write e.g. 0.8 for 80 %");
    }
  }

  /** A slug close to {@code text}, to suggest in a message. */
  static String suggestSlug(String text) {
    String folded =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (folded.isEmpty()) {
      return "item-1";
    }
    return folded.length() > 64 ? folded.substring(0, 64).replaceAll("-+$", "") : folded;
  }
}
