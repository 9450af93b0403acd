package org.atelier.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atelier.model.ActionCard;
import org.atelier.model.Actions;
import org.atelier.model.Activity;
import org.atelier.model.CardSort;
import org.atelier.model.Category;
import org.atelier.model.Choice;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Discussion;
import org.atelier.model.DiscussionCard;
import org.atelier.model.Feedback;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Item;
import org.atelier.model.ItemVisitor;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Page;
import org.atelier.model.Question;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.SortCard;
import org.atelier.model.Survey;
import org.atelier.model.SurveyQuestion;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.atelier.model.TrueFalse;
import org.atelier.print.Views.Entry;
import org.atelier.print.Views.PaperQuestion;
import org.atelier.print.Views.Part;
import org.atelier.print.Views.Section;

/**
 * The facilitator's booklet: per module, every item in course order with its answers, feedback and
 * explanations, the discussion cards' key points, and each survey as a paper questionnaire with
 * tick boxes, on pages of its own so that it can be copied for the participants.
 */
final class Booklet {
  private Booklet() {}

  static List<Part> parts(Course course, Words words) {
    List<Part> parts = new ArrayList<>();
    for (CourseModule module : course.modules()) {
      List<Entry> entries = new ArrayList<>();
      for (Item item : module.items()) {
        entries.add(item.accept(new EntryWriter(words)));
      }
      String total =
          module.duration() == null
              ? ""
              : words.format("booklet.activitiesTime", words.minutes(module.duration()));
      parts.add(new Part(module.title(), Views.nz(module.description()), total, entries));
    }
    return parts;
  }

  /** One item's entry. Texts stay author markup, which the template renders. */
  private static final class EntryWriter implements ItemVisitor<Entry> {
    private final Words words;

    EntryWriter(Words words) {
      this.words = words;
    }

    private Entry entry(Item item, String prompt, List<Section> sections) {
      return new Entry(
          item.title(),
          words.get("kind." + item.kind().code()),
          duration(item),
          Views.nz(prompt),
          List.copyOf(sections),
          List.of(),
          false);
    }

    /** « 15 min » for an activity that says how long it takes, else empty. */
    private String duration(Item item) {
      return item instanceof Activity activity && activity.duration() != null
          ? words.minutes(activity.duration())
          : "";
    }

    /** The hint and the whole-answer feedback every question may have. */
    private List<Section> common(Question question, String hint) {
      List<Section> sections = new ArrayList<>();
      Feedback feedback = question.feedback();
      if (hint != null && !hint.isBlank()) {
        sections.add(Section.text(words.get("hint"), hint));
      }
      if (feedback.correct() != null) {
        sections.add(Section.text(words.get("feedback.correct"), feedback.correct()));
      }
      if (feedback.incorrect() != null) {
        sections.add(Section.text(words.get("feedback.incorrect"), feedback.incorrect()));
      }
      return sections;
    }

    private List<String> options(List<Option> options) {
      List<String> items = new ArrayList<>();
      for (Option option : options) {
        String mark = option.correct() ? "**✓ " + words.get("right") + "** — " : "✗ — ";
        String line = mark + option.text();
        if (option.feedback() != null) {
          line += " — " + option.feedback();
        }
        items.add(line);
      }
      return items;
    }

    @Override
    public Entry page(Page page) {
      return entry(page, page.body(), List.of());
    }

    @Override
    public Entry singleChoice(SingleChoice question) {
      return choice(question, question.prompt(), question.hint(), question.options());
    }

    @Override
    public Entry multipleResponse(MultipleResponse question) {
      return choice(question, question.prompt(), question.hint(), question.options());
    }

    private Entry choice(Question question, String prompt, String hint, List<Option> options) {
      List<Section> sections = new ArrayList<>();
      sections.add(Section.list(words.get("answers"), options(options)));
      sections.addAll(common(question, hint));
      return entry(question, prompt, sections);
    }

    @Override
    public Entry trueFalse(TrueFalse question) {
      List<Section> sections = new ArrayList<>();
      sections.add(
          Section.text(words.get("answer"), words.get(question.answer() ? "true" : "false")));
      String feedback = question.answer() ? question.feedbackTrue() : question.feedbackFalse();
      if (feedback != null) {
        sections.add(Section.text(words.get("feedback.correct"), feedback));
      }
      sections.addAll(common(question, question.hint()));
      return entry(question, question.prompt(), sections);
    }

    @Override
    public Entry fillIn(FillIn question) {
      StringBuilder text = new StringBuilder();
      List<String> accepted = new ArrayList<>();
      for (FillIn.Segment segment : question.segments()) {
        if (segment.isGap()) {
          Gap gap = question.gap(segment.gapId());
          text.append("**[").append(gap.accept().get(0)).append("]**");
          accepted.add(String.join(" / ", gap.accept()));
        } else {
          text.append(segment.text());
        }
      }
      List<Section> sections = new ArrayList<>();
      sections.add(Section.text(words.get("answer"), text.toString()));
      sections.add(Section.numbered(words.get("accepted"), accepted));
      sections.addAll(common(question, question.hint()));
      return entry(question, question.prompt(), sections);
    }

    @Override
    public Entry cardSort(CardSort question) {
      Map<String, List<String>> byCategory =
          question.cards().stream()
              .collect(
                  Collectors.groupingBy(
                      SortCard::category, Collectors.mapping(SortCard::text, Collectors.toList())));
      List<Section> sections = new ArrayList<>();
      for (Category category : question.categories()) {
        sections.add(
            Section.list(category.title(), byCategory.getOrDefault(category.id(), List.of())));
      }
      sections.addAll(common(question, question.hint()));
      return entry(question, question.prompt(), sections);
    }

    @Override
    public Entry sequence(Sequence question) {
      List<Section> sections = new ArrayList<>();
      sections.add(
          Section.numbered(
              words.get("rightOrder"),
              question.cards().stream().map(card -> card.text()).toList()));
      sections.addAll(common(question, question.hint()));
      return entry(question, question.prompt(), sections);
    }

    @Override
    public Entry timeline(Timeline question) {
      List<String> lines = new ArrayList<>();
      for (TimelineCard card : question.chronological()) {
        String nature =
            words.get(card.nature() == TimelineCard.Nature.REALITY ? "reality" : "fiction");
        String line =
            "**" + Decks.date(card.date(), words) + "** — " + card.text() + " — *" + nature + "*";
        if (card.explanation() != null) {
          line += " — " + card.explanation();
        }
        lines.add(line);
      }
      List<Section> sections = new ArrayList<>();
      sections.add(Section.list(words.get("timeline.answers"), lines));
      sections.addAll(common(question, question.hint()));
      return entry(question, question.prompt(), sections);
    }

    @Override
    public Entry discussion(Discussion activity) {
      List<Section> sections = new ArrayList<>();
      for (DiscussionCard card : activity.cards()) {
        sections.add(Section.text(card.title(), card.body()));
        if (!card.keyPoints().isEmpty()) {
          sections.add(Section.list(words.get("keyPoints"), card.keyPoints()));
        }
        if (!card.questions().isEmpty()) {
          sections.add(Section.list(words.get("questions"), card.questions()));
        }
      }
      return entry(activity, activity.prompt(), sections);
    }

    @Override
    public Entry actions(Actions activity) {
      List<Section> sections = new ArrayList<>();
      for (ActionCard card : activity.cards()) {
        sections.add(Section.list(card.title(), card.actions()));
      }
      return entry(activity, activity.prompt(), sections);
    }

    @Override
    public Entry survey(Survey survey) {
      List<PaperQuestion> questions = new ArrayList<>();
      for (SurveyQuestion question : survey.questions()) {
        String prompt = question.prompt();
        if (question.required()) {
          prompt += " (" + words.get("survey.required") + ")";
        }
        questions.add(
            switch (question.type()) {
              case LIKERT -> new PaperQuestion(prompt, question.scale(), true, false, false);
              case CHOICE ->
                  new PaperQuestion(
                      prompt,
                      question.options().stream().map(Choice::text).toList(),
                      false,
                      false,
                      question.multiple());
              case TEXT -> new PaperQuestion(prompt, List.of(), false, true, false);
            });
      }
      return new Entry(
          survey.title(),
          words.get("kind.survey"),
          duration(survey),
          Views.nz(survey.prompt()),
          List.of(),
          questions,
          true);
    }
  }
}
