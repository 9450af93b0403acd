package org.atelier.site;

import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.atelier.markup.Markup;

/**
 * The one Velocity set-up of the project, for the site's pages and the trainer's report: templates
 * from the class path in UTF-8, strict references (a misspelt name fails the build's tests instead
 * of printing itself), and every inserted value HTML-escaped, with its control characters shown as
 * U+FFFD ({@link Markup#printable}), unless it is a {@code SafeHtml}, which only this package
 * makes.
 *
 * <pre>{@code
 * String html = Templates.render("org/atelier/report/report.html.vm", Map.of("page", page));
 * }</pre>
 */
public final class Templates {
  private static final VelocityEngine VELOCITY = engine();

  private Templates() {}

  private static VelocityEngine engine() {
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
    engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
    engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
    engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    engine.init();
    return engine;
  }

  /**
   * Merges the template at {@code path} on the class path with {@code values}, each under its key.
   * Velocity reads a record's components as methods: {@code $chart.height()}.
   */
  public static String render(String path, Map<String, ?> values) {
    VelocityContext context = new VelocityContext();
    values.forEach(context::put);
    EventCartridge events = new EventCartridge();
    events.addEventHandler(new Escape());
    events.attachToContext(context);
    StringWriter out = new StringWriter();
    VELOCITY.getTemplate(path, "UTF-8").merge(context, out);
    return out.toString();
  }

  /** HTML-escapes every inserted reference but {@code SafeHtml} values. */
  private static final class Escape implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(
        org.apache.velocity.context.Context context, String reference, Object value) {
      if (value == null || value instanceof SafeHtml) {
        return value;
      }
      return Markup.escapeHtml(Markup.printable(value.toString()));
    }
  }
}
