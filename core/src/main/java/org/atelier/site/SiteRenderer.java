package org.atelier.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.atelier.markup.Markup;
import org.atelier.model.Course;
import org.atelier.model.Item;
import org.atelier.model.Page;
import org.atelier.model.Resource;

/**
 * Renders a course into a {@link Site}: {@code index.html} (Velocity), the player's JavaScript and
 * CSS, the tracker's files and the course's media. Every reference the template inserts is HTML-
 * escaped unless its name starts with {@code safe_}, which only this class sets, with data it has
 * already made safe.
 *
 * <pre>{@code
 * Site site = SiteRenderer.render(course, Tracker.local());
 * site.write(Path.of("out/cafe-ia-site"));
 * }</pre>
 */
public final class SiteRenderer {
  private static final String PLAYER = "org/atelier/site/player/";
  private static final VelocityEngine VELOCITY = engine();

  private SiteRenderer() {}

  private static VelocityEngine engine() {
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
    engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
    engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
    engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    engine.init();
    return engine;
  }

  /** The site of the whole course, with {@code tracker} plugged in. */
  public static Site render(Course course, Tracker tracker) {
    Map<String, String> messages = Messages.forLanguage(course.language());
    Map<String, byte[]> files = new TreeMap<>();
    Map<String, String> media = media(course, files);
    String data = PlayerData.json(course, messages, media);

    VelocityContext context = new VelocityContext();
    context.put("lang", course.language());
    context.put("title", course.title());
    context.put("msg", messages);
    context.put("trackerScripts", tracker.scripts());
    context.put("safe_data", data);
    EventCartridge events = new EventCartridge();
    events.addEventHandler(new EscapeUnlessSafe());
    events.attachToContext(context);
    Template template = VELOCITY.getTemplate(PLAYER + "index.html.vm", "UTF-8");
    StringWriter html = new StringWriter();
    template.merge(context, html);

    files.put("index.html", html.toString().getBytes(StandardCharsets.UTF_8));
    files.put("player/player.js", Tracker.resource("player/player.js"));
    files.put("player/player.css", Tracker.resource("player/player.css"));
    files.putAll(tracker.files());
    return Site.of(files);
  }

  /** The player's own JavaScript and CSS, in bytes: the figure the README states. */
  public static int playerSize() {
    return Tracker.resource("player/player.js").length
        + Tracker.resource("player/player.css").length;
  }

  /** Copies the media files the course names into {@code media/}; returns source → site path. */
  private static Map<String, String> media(Course course, Map<String, byte[]> files) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (Item item : course.items().toList()) {
      if (!(item instanceof Page page)) {
        continue;
      }
      if (page.image() != null) {
        paths.put(page.image().src(), null);
      }
      for (Resource resource : page.resources()) {
        if (resource.url() != null && !isAddress(resource.url())) {
          paths.put(resource.url(), null);
        }
      }
    }
    for (Map.Entry<String, String> entry : paths.entrySet()) {
      Path root = course.mediaRoot().toAbsolutePath().normalize();
      Path file = root.resolve(entry.getKey()).normalize();
      String sitePath = "media/" + root.relativize(file).toString().replace('\\', '/');
      try {
        files.put(sitePath, Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read media file " + file, e);
      }
      entry.setValue(sitePath);
    }
    return paths;
  }

  private static boolean isAddress(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("mailto:");
  }

  /** HTML-escapes every inserted reference but those named {@code safe_…}. */
  private static final class EscapeUnlessSafe implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(
        org.apache.velocity.context.Context context, String reference, Object value) {
      if (value == null) {
        return null;
      }
      String name =
          reference.replace("${", "").replace("$!{", "").replace("$!", "").replace("$", "");
      if (name.startsWith("safe_")) {
        return value;
      }
      return Markup.escapeHtml(value.toString());
    }
  }
}
