package org.atelier.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.atelier.coursefile.Diagnostic;
import org.atelier.markup.Markup;
import org.atelier.model.Course;
import org.atelier.model.Item;
import org.atelier.model.Kind;
import org.atelier.model.LinkPolicy;
import org.atelier.model.MediaPolicy;
import org.atelier.model.Page;
import org.atelier.model.Resource;

/**
 * Renders a course into a {@link Site}: {@code index.html} (Velocity, through {@link Templates}),
 * the player's JavaScript and CSS, the tracker's files and the course's media. Every reference the
 * template inserts is HTML-escaped unless its value is a {@link SafeHtml}, which only this package
 * makes, from text it has already made safe for the place the template puts it.
 *
 * <pre>{@code
 * Site site = SiteRenderer.render(course, Tracker.local());
 * site.write(Path.of("out/cafe-ia-site"));
 * }</pre>
 */
public final class SiteRenderer {
  private static final String PLAYER = "org/atelier/site/player/";

  /**
   * The player's own files, the style sheet then the scripts in the order {@code index.html} loads
   * them: the core, one file per kind, the page around the items (which starts the player).
   */
  static final List<String> PLAYER_FILES = playerFiles();

  private SiteRenderer() {}

  private static List<String> playerFiles() {
    List<String> files = new ArrayList<>(List.of("player/player.css", "player/core.js"));
    for (Kind kind : Kind.values()) {
      files.add("player/kinds/" + kind.code() + ".js");
    }
    files.add("player/chrome.js");
    return List.copyOf(files);
  }

  /** The site of the whole course, with {@code tracker} plugged in. */
  public static Site render(Course course, Tracker tracker) {
    Map<String, String> messages = Messages.forLanguage(course.language());
    Map<String, byte[]> files = new TreeMap<>();
    Map<String, Path> onDisk = new TreeMap<>();
    Map<String, String> media = media(course, onDisk);
    String data = PlayerData.json(course, messages, media, tracker.settings());

    Map<String, Object> context = new LinkedHashMap<>();
    context.put("lang", course.language());
    context.put("title", course.title());
    context.put("msg", messages);
    context.put("trackerScripts", tracker.scripts());
    context.put("playerScripts", PLAYER_FILES.stream().filter(f -> f.endsWith(".js")).toList());
    // JSON with <, > and & escaped cannot end its script element: safe where the template puts it
    context.put("data", new SafeHtml(data));
    files.put("index.html", merge("index.html.vm", context));
    for (String file : PLAYER_FILES) {
      files.put(file, Tracker.resource(file));
    }
    files.putAll(tracker.files());
    return Site.of(files, onDisk);
  }

  /**
   * A one-page site that lists the problems of a course file instead of playing it: what {@code
   * atelier preview} shows while the file does not validate.
   *
   * @param file the course file's name, as the designer knows it
   * @param diagnostics its problems, located, in file order
   */
  public static Site problems(String file, List<Diagnostic> diagnostics) {
    return problems(file, diagnostics, "");
  }

  /**
   * The same page when the course file cannot be read at all.
   *
   * @param file the course file's name, as the designer knows it
   * @param reason why it cannot be read, in words
   */
  public static Site problems(String file, String reason) {
    return problems(file, List.of(), reason);
  }

  private static Site problems(String file, List<Diagnostic> diagnostics, String reason) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("file", file);
    context.put("diagnostics", diagnostics);
    context.put("reason", reason);
    return Site.of(Map.of("index.html", merge("problems.html.vm", context)));
  }

  private static byte[] merge(String template, Map<String, ?> context) {
    return Templates.render(PLAYER + template, context).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Merges a template from the class path with the site's Velocity set-up ({@link Templates}), for
   * the other outputs that write HTML or XHTML from the course (the print kit): every inserted
   * reference HTML-escaped except author text the template passes through {@code $markup.block(…)}
   * or {@code $markup.inline(…)}, which the markup renderer has made safe.
   *
   * @param template the template's path on the class path ({@code org/atelier/print/cards.html.vm})
   * @param values the template's references, by name; {@code markup} is taken
   */
  public static String renderTemplate(String template, Map<String, ?> values) {
    Map<String, Object> context = new LinkedHashMap<>(values);
    context.put("markup", new AuthorMarkup());
    return Templates.render(template, context);
  }

  /**
   * Author text through the markup renderer, for templates: its output is well-formed XHTML as well
   * as HTML, and so inserted unescaped.
   */
  public static final class AuthorMarkup {
    private AuthorMarkup() {}

    /** Paragraphs and lists. */
    public Object block(String text) {
      return new SafeHtml(Markup.block(text));
    }

    /** One paragraph's content, without its {@code <p>}. */
    public Object inline(String text) {
      return new SafeHtml(Markup.inline(text));
    }
  }

  /** The player's own JavaScript and CSS, in bytes: the figure the README states. */
  public static int playerSize() {
    return PLAYER_FILES.stream().mapToInt(file -> Tracker.resource(file).length).sum();
  }

  /** The media files the course names, each with its path in a site ({@code media/…}). */
  public static Map<String, Path> mediaFiles(Course course) {
    Set<String> sources = new LinkedHashSet<>();
    for (Item item : course.items().toList()) {
      if (!(item instanceof Page page)) {
        continue;
      }
      if (page.image() != null) {
        sources.add(page.image().src());
      }
      for (Resource resource : page.resources()) {
        if (resource.url() != null && !LinkPolicy.COURSE.allows(resource.url())) {
          sources.add(resource.url());
        }
      }
    }
    Map<String, Path> files = new LinkedHashMap<>();
    if (sources.isEmpty()) {
      return files;
    }
    // Asked again here, not only at validation: what is read now is what goes into the package.
    MediaPolicy policy = MediaPolicy.in(course.mediaRoot());
    for (String source : sources) {
      files.put(source, policy.file(source));
    }
    return files;
  }

  /**
   * Links the media files the course names under {@code media/} (they are copied when the site is
   * written); returns source → site path.
   */
  private static Map<String, String> media(Course course, Map<String, Path> onDisk) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (Map.Entry<String, Path> entry : mediaFiles(course).entrySet()) {
      String sitePath =
          "media/" + Path.of(entry.getKey()).normalize().toString().replace('\\', '/');
      onDisk.put(sitePath, entry.getValue());
      paths.put(entry.getKey(), sitePath);
    }
    return paths;
  }
}
