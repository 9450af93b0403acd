package org.atelier.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The links a course may hold, in one place: what author text links to ({@code [text](url)}), what
 * a page's resource points at, and which links open in a new window. Markup, the validator, the
 * site renderer and the player (through the page's data) all ask this one object, so a scheme is
 * allowed or refused everywhere alike.
 */
public final class LinkPolicy {

  /** The links of every course: {@code http}, {@code https} and {@code mailto}. */
  public static final LinkPolicy COURSE = new LinkPolicy(List.of("http", "https", "mailto"));

  private static final Pattern SCHEME =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);

  private final List<String> schemes;

  private LinkPolicy(List<String> schemes) {
    this.schemes = List.copyOf(schemes);
  }

  /** The schemes allowed, lower-case, in the order they are named to authors. */
  public List<String> schemes() {
    return schemes;
  }

  /**
   * The scheme {@code url} names, lower-case, or empty for a path without one (a media file of the
   * course, or a relative link).
   */
  public Optional<String> scheme(String url) {
    var matcher = SCHEME.matcher(url.strip());
    return matcher.matches()
        ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /** Whether {@code url} is an address this policy allows: it names an allowed scheme. */
  public boolean allows(String url) {
    return scheme(url).filter(schemes::contains).isPresent();
  }

  /** Whether a link to {@code url} opens in a new window: an allowed web address. */
  public boolean opensNewWindow(String url) {
    return scheme(url).filter(s -> s.equals("http") || s.equals("https")).isPresent();
  }

  /** The schemes as an author reads them: "http, https or mailto". */
  public String inWords() {
    return schemes.size() == 1
        ? schemes.get(0)
        : String.join(", ", schemes.subList(0, schemes.size() - 1))
            + " or "
            + schemes.get(schemes.size() - 1);
  }
}
