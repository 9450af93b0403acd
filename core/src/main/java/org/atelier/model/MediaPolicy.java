package org.atelier.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a course's media files may come from and what they must be, in one place: inside the
 * course's media folder (no absolute path, no {@code ..}, no link that leads out of it), a name
 * that travels ({@link #name}), a regular file, not empty, not over {@link #MAX_FILE_BYTES}, and,
 * when its name says it is an image, an image of that format (its first bytes are the format's
 * signature). An SVG is taken only when it holds no script, no event handler and no reference to
 * anything outside itself, since a browser runs what an SVG carries.
 *
 * <p>The policy enforces itself where files are read, not only when a course is validated: {@link
 * #file} checks the path again at the moment a site takes the file, so a link swapped in after
 * validation still cannot bring a file from outside the folder into a package (the jsoup {@code
 * Safelist} shape: one object says what is allowed, and every reader asks it).
 */
public final class MediaPolicy {
  /** The most one media file may weigh: 50 MiB. */
  public static final long MAX_FILE_BYTES = 50L << 20;

  /** The most all the media of one course may weigh together (each package holds them all). */
  public static final long MAX_COURSE_BYTES = 200L << 20;

  /** The image formats the player shows, by file name ending. */
  public static final String IMAGE_FORMATS = "PNG, JPEG, GIF, WebP or SVG";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);

  /** What makes an SVG run or fetch something: scripts, handlers, outside references. */
  private static final Pattern SVG_ACTIVE =
      Pattern.compile(
          "<\\s*(script|foreignObject|iframe|embed|object|handler)\\b"
              + "|\\son[a-z]+\\s*="
              + "|\\b(?:xlink:)?href\\s*=\\s*[\"'](?!#)"
              + "|\\bsrc\\s*=\\s*[\"']"
              + "|url\\(\\s*[\"']?(?!#)"
              + "|@import"
              + "|<!ENTITY"
              + "|javascript:",
          Pattern.CASE_INSENSITIVE);

  private final Path root;

  private MediaPolicy(Path root) {
    this.root = root == null ? null : root.toAbsolutePath().normalize();
  }

  /**
   * The policy for media relative to {@code root}, the course's media folder; {@code null} when the
   * course has none (then every media path is refused, with a reason, never a
   * NullPointerException).
   */
  public static MediaPolicy in(Path root) {
    return new MediaPolicy(root);
  }

  /** A refusal: what is wrong and what to do. */
  public record Refusal(String message, String fix) {}

  /** A media file refused where it was about to be read: the course was not what it said. */
  public static final class RefusedException extends UncheckedIOException {
    private final transient Refusal refusal;

    RefusedException(String src, Refusal refusal) {
      super(refusal.message(), new IOException("media file " + src + " refused"));
      this.refusal = refusal;
    }

    /** Why the file was refused and what to do. */
    public Refusal refusal() {
      return refusal;
    }
  }

  /**
   * Why the media path {@code src} cannot go into a package, or null when it can: every rule of
   * this policy but the course-wide total. {@code image}: the course shows it as an image.
   */
  public Refusal refusal(String src, boolean image) {
    return judge(src, image).refusal();
  }

  /**
   * What this policy says of one media path: the real file when every rule but the course-wide
   * total holds, else why not. One pass over the rules, for a caller that needs both (the validator
   * sums the files' sizes).
   */
  public record Verdict(Path file, Refusal refusal) {}

  /** Judges {@code src} by every rule of this policy but the course-wide total. */
  public Verdict judge(String src, boolean image) {
    Refusal where = where(src);
    if (where != null) {
      return new Verdict(null, where);
    }
    Path file = root.resolve(src).normalize();
    try {
      Refusal content = check(file, src, image);
      return content != null ? new Verdict(null, content) : new Verdict(file.toRealPath(), null);
    } catch (IOException e) {
      return new Verdict(
          null, new Refusal("the file \"" + src + "\" cannot be read", "check its permissions"));
    }
  }

  /**
   * The file that {@code src} names, checked again now (inside the folder, no link out, a regular
   * file): what every reader of media files calls.
   *
   * @throws RefusedException when the path breaks a rule of where media may come from
   */
  public Path file(String src) {
    Refusal where = where(src);
    if (where != null) {
      throw new RefusedException(src, where);
    }
    try {
      return root.resolve(src).normalize().toRealPath();
    } catch (IOException e) {
      throw new RefusedException(
          src, new Refusal("the file \"" + src + "\" cannot be read", "check its permissions"));
    }
  }

  /** The rules of where a file may come from: null when {@code src} names one inside the root. */
  private Refusal where(String src) {
    Path relative;
    try {
      relative = Path.of(src);
    } catch (InvalidPathException e) {
      return new Refusal(
          "\"" + src + "\" is not a valid file path", "use a path like images/photo.png");
    }
    if (relative.isAbsolute() || src.startsWith("/") || src.startsWith("\\")) {
      return new Refusal(
          "\"" + src + "\" is an absolute path",
          "give a path relative to the course file's folder, e.g. images/photo.png");
    }
    if (relative.normalize().startsWith("..")) {
      return new Refusal(
          "\"" + src + "\" leaves the course folder",
          "move the file into the course file's folder and use a path inside it");
    }
    Refusal badName = name(src);
    if (badName != null) {
      return badName;
    }
    if (root == null) {
      return new Refusal(
          "the course has no media folder to find \"" + src + "\" in",
          "set the course's media folder (Course.Builder.mediaRoot)");
    }
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      return new Refusal("\"" + src + "\" leaves the course folder", "use a path inside it");
    } else if (Files.isDirectory(file)) {
      return new Refusal(
          "\"" + src + "\" is a folder, not a file", "give the path of a file inside it");
    } else if (!Files.exists(file)) {
      return new Refusal(
          "the file \"" + src + "\" does not exist", "check the path and the file name");
    } else if (!Files.isRegularFile(file)) {
      return new Refusal(
          "\"" + src + "\" is not a regular file (a device, a pipe)",
          "give the path of an ordinary file");
    }
    try {
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return new Refusal(
            "\"" + src + "\" links to a file outside the course folder",
            "copy the file into the course folder");
      }
    } catch (IOException e) {
      return new Refusal("the file \"" + src + "\" cannot be read", "check its permissions");
    }
    return null;
  }

  /** What a media file's name may hold: it goes as it is into zips, manifests and pages. */
  private static final Pattern PORTABLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");

  /**
   * Why the media path {@code src} cannot name a file in every package and on every system, or null
   * when it can: each part of the path is ASCII letters, digits, {@code .}, {@code _} and {@code
   * -}, starts with a letter or digit, does not end with a dot and is no Windows device name
   * ({@code con}, {@code nul}, {@code com1}…). A space, an accent, {@code "<>&} or {@code :} would
   * have to be escaped differently in a zip, a SCORM manifest, a URL and an HTML page, and Windows
   * cannot hold some of them; one plain rule keeps the name the same everywhere.
   */
  public static Refusal name(String src) {
    for (String part : src.split("[/\\\\]")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (!PORTABLE_NAME.matcher(part).matches()
          || part.endsWith(".")
          || WINDOWS_DEVICE.matcher(part).matches()) {
        return new Refusal(
            "the media path \"" + src + "\" has a name that does not travel (\"" + part + "\")",
            "rename the file with letters, digits, '.', '_' and '-' only, e.g. \""
                + suggestion(part)
                + "\"");
      }
    }
    return null;
  }

  private static String suggestion(String part) {
    String plain =
        java.text.Normalizer.normalize(part, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._-]+", "-")
            .replaceAll("^[^A-Za-z0-9]+|[.]+$", "");
    if (plain.isEmpty() || WINDOWS_DEVICE.matcher(plain).matches()) {
      plain = "media-" + plain;
    }
    return plain.toLowerCase(java.util.Locale.ROOT);
  }

  /** What the file itself must be: not empty, within the size limit, of the format it names. */
  private static Refusal check(Path file, String src, boolean image) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return new Refusal(
          "the file \"" + src + "\" is empty", "give the file itself, not an empty one");
    }
    if (size > MAX_FILE_BYTES) {
      return new Refusal(
          "the file \""
              + src
              + "\" weighs "
              + mib(size)
              + ", over the "
              + mib(MAX_FILE_BYTES)
              + " a media file may weigh",
          "make it smaller (an image for a screen rarely needs more than 1 MiB)");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(16);
    }
    String format =
        switch (extension) {
          case "png" -> startsWith(head, PNG) ? null : "PNG";
          case "jpg", "jpeg" -> startsWith(head, JPEG) ? null : "JPEG";
          case "gif" -> startsWith(head, GIF87) || startsWith(head, GIF89) ? null : "GIF";
          case "webp" -> isWebp(head) ? null : "WebP";
          case "svg" -> "";
          default -> image ? "?" : null;
        };
    if (format == null) {
      return null;
    }
    if (format.equals("?")) {
      return new Refusal(
          "\"" + src + "\" is not named as an image the player shows",
          "give a " + IMAGE_FORMATS + " file (.png, .jpg, .gif, .webp or .svg)");
    }
    if (format.isEmpty()) {
      return svg(file, src);
    }
    return new Refusal(
        "the file \""
            + src
            + "\" is not a "
            + format
            + " image, though its name says so (it "
            + (looksLikeText(head) ? "holds text" : "starts with other bytes")
            + ")",
        "export the image again as " + format + ", or give the name of the format it is in");
  }

  private static Refusal svg(Path file, String src) throws IOException {
    // decoded leniently: a file that is not UTF-8 has no <svg> to find, and says so
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (!text.contains("<svg")) {
      return new Refusal(
          "the file \"" + src + "\" is not an SVG image, though its name says so (no <svg> in it)",
          "export the image again as SVG, or give the name of the format it is in");
    }
    var active = SVG_ACTIVE.matcher(text);
    if (active.find()) {
      String found = active.group().strip();
      return new Refusal(
          "the SVG image \""
              + src
              + "\" holds a script, an event handler or a reference to another file ("
              + found
              + "…), which a browser would run or fetch",
          "export it again as a plain drawing (most editors have « optimised SVG »), or as PNG");
    }
    return null;
  }

  private static boolean isWebp(byte[] head) {
    return head.length >= 12
        && startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
        && Arrays.equals(
            Arrays.copyOfRange(head, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean startsWith(byte[] head, byte[] signature) {
    return head.length >= signature.length
        && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
  }

  private static boolean looksLikeText(byte[] head) {
    for (byte b : head) {
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        return false;
      }
    }
    return true;
  }

  /** A size in MiB, as people read it. */
  public static String mib(long bytes) {
    double mib = bytes / (double) (1L << 20);
    return (mib >= 10 || mib == Math.rint(mib)
            ? String.format(Locale.ROOT, "%.0f", mib)
            : String.format(Locale.ROOT, "%.1f", mib))
        + " MiB";
  }
}
