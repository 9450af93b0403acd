package org.atelier.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/** The formats on the class path, found with {@link ServiceLoader}. */
public final class PackageFormats {
  private PackageFormats() {}

  /**
   * Every format found, in the order {@code all} builds them: by {@link PackageFormat#rank()}, then
   * by name, so the order never depends on how the class path is laid out.
   *
   * @throws IllegalStateException when two formats have the same name
   */
  public static List<PackageFormat> all() {
    List<PackageFormat> formats = new ArrayList<>();
    ServiceLoader.load(PackageFormat.class).forEach(formats::add);
    formats.sort(Comparator.comparingInt(PackageFormat::rank).thenComparing(PackageFormat::name));
    Set<String> names = new HashSet<>();
    for (PackageFormat format : formats) {
      if (!names.add(format.name())) {
        throw new IllegalStateException("two formats are named " + format.name());
      }
    }
    return List.copyOf(formats);
  }

  /** The format of that name, if one is on the class path. */
  public static Optional<PackageFormat> named(String name) {
    return all().stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
