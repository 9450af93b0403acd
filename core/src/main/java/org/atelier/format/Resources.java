package org.atelier.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files shipped inside a module's jar: the one way they are read. */
public final class Resources {
  private Resources() {}

  /**
   * The bytes of resource {@code name}, found as {@link Class#getResourceAsStream} does from {@code
   * anchor} (relative to its package, or absolute with a leading {@code /}).
   *
   * @throws IllegalStateException when the jar lacks it: a build of Atelier's that is broken
   */
  public static byte[] bytes(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
