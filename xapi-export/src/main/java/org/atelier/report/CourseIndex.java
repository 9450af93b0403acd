package org.atelier.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.markup.Markup;
import org.atelier.model.Actions;
import org.atelier.model.CardSort;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Discussion;
import org.atelier.model.FillIn;
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
import org.atelier.xapi.ActivityIris;

/**
 * What the course calls each activity IRI and each response token, so that the report names
 * activities, options and cards by their titles rather than by IRIs and ids.
 */
final class CourseIndex {
  /** A place in the course that statements are about. */
  record Place(
      String iri,
      String moduleId,
      String title,
      String part,
      boolean survey,
      Map<String, String> tokens) {}

  private final ActivityIris iris;
  private final Map<String, Place> places = new LinkedHashMap<>();
  private final Map<String, String> moduleTitles = new LinkedHashMap<>();

  CourseIndex(Course course) {
    iris = ActivityIris.of(course);
    places.put(
        iris.course(), new Place(iris.course(), null, course.title(), null, false, Map.of()));
    for (CourseModule module : course.modules()) {
      moduleTitles.put(module.id(), module.title());
      places.put(
          iris.module(module.id()),
          new Place(iris.module(module.id()), module.id(), module.title(), null, false, Map.of()));
      for (Item item : module.items()) {
        item.accept(new PlacesOf(module.id()));
      }
    }
  }

  ActivityIris iris() {
    return iris;
  }

  Map<String, String> moduleTitles() {
    return moduleTitles;
  }

  /** The IRIs of the course's items and their parts, in course order. */
  List<String> placesInOrder() {
    return places.values().stream()
        .filter(
            p ->
                p.moduleId() != null
                    && (p.part() != null || !p.iri().equals(iris.module(p.moduleId()))))
        .map(Place::iri)
        .toList();
  }

  /** The place of an IRI of this course, or {@code null}. */
  Place place(String iri) {
    return iri == null ? null : places.get(iri);
  }

  /** The module an IRI belongs to ({@code <base>/<module>[/…]}), or {@code null}. */
  String moduleOf(String iri) {
    if (iri == null || !iri.startsWith(iris.course() + "/")) {
      return null;
    }
    String rest = iri.substring(iris.course().length() + 1);
    int slash = rest.indexOf('/');
    String id = slash < 0 ? rest : rest.substring(0, slash);
    return moduleTitles.containsKey(id) ? id : null;
  }

  /** A readable name for an IRI: its title, else the IRI itself. */
  String title(String iri) {
    Place p = place(iri);
    if (p == null) {
      return iri;
    }
    return p.part() == null ? p.title() : p.title() + " — " + p.part();
  }

  private final class PlacesOf implements ItemVisitor<Void> {
    private final String module;

    PlacesOf(String module) {
      this.module = module;
    }

    private void add(
        String itemId,
        String part,
        String title,
        String partName,
        boolean survey,
        Map<String, String> tokens) {
      String iri = part == null ? iris.item(module, itemId) : iris.part(module, itemId, part);
      places.put(iri, new Place(iri, module, title, partName, survey, tokens));
    }

    private void item(Item item, Map<String, String> tokens) {
      add(item.id(), null, item.title(), null, false, tokens);
    }

    private static Map<String, String> map(List<String[]> pairs) {
      Map<String, String> m = new LinkedHashMap<>();
      pairs.forEach(p -> m.put(p[0], p[1]));
      return m;
    }

    @Override
    public Void page(Page page) {
      item(page, Map.of());
      return null;
    }

    @Override
    public Void singleChoice(SingleChoice q) {
      item(q, map(q.options().stream().map(o -> new String[] {o.id(), plain(o.text())}).toList()));
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse q) {
      item(q, map(q.options().stream().map(o -> new String[] {o.id(), plain(o.text())}).toList()));
      return null;
    }

    @Override
    public Void trueFalse(TrueFalse q) {
      item(q, Map.of());
      return null;
    }

    @Override
    public Void fillIn(FillIn q) {
      item(q, Map.of());
      for (int i = 0; i < q.gaps().size(); i++) {
        add(q.id(), q.gaps().get(i).id(), q.title(), "#" + (i + 1), false, Map.of());
      }
      return null;
    }

    @Override
    public Void cardSort(CardSort q) {
      Map<String, String> tokens = new HashMap<>();
      q.cards().forEach(c -> tokens.put(c.id(), plain(c.text())));
      q.categories().forEach(c -> tokens.put(c.id(), plain(c.title())));
      item(q, tokens);
      return null;
    }

    @Override
    public Void sequence(Sequence q) {
      item(q, map(q.cards().stream().map(c -> new String[] {c.id(), plain(c.text())}).toList()));
      return null;
    }

    @Override
    public Void timeline(Timeline q) {
      Map<String, String> tokens =
          map(q.cards().stream().map(c -> new String[] {c.id(), plain(c.text())}).toList());
      item(q, tokens);
      add(q.id(), "order", q.title(), "@order", false, tokens);
      add(q.id(), "nature", q.title(), "@nature", false, tokens);
      return null;
    }

    @Override
    public Void discussion(Discussion a) {
      item(a, Map.of());
      a.cards().forEach(c -> add(a.id(), c.id(), a.title(), plain(c.title()), false, Map.of()));
      return null;
    }

    @Override
    public Void actions(Actions a) {
      item(a, Map.of());
      a.cards().forEach(c -> add(a.id(), c.id(), a.title(), plain(c.title()), false, Map.of()));
      return null;
    }

    @Override
    public Void survey(Survey s) {
      item(s, Map.of());
      for (SurveyQuestion q : s.questions()) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (int i = 0; i < q.scale().size(); i++) {
          tokens.put(Integer.toString(i + 1), plain(q.scale().get(i)));
        }
        q.options().forEach(o -> tokens.put(o.id(), plain(o.text())));
        add(s.id(), q.id(), s.title(), plain(q.prompt()), true, tokens);
      }
      return null;
    }
  }

  private static String plain(String markup) {
    return markup == null ? "" : Markup.plain(markup);
  }
}
