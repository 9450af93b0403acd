package org.atelier.format;

/**
 * A {@link PackageFormat} whose name, rank and description are given once, at construction: what
 * most formats need, leaving them only {@link #write} (and {@link #notes} when they have any).
 */
public abstract class DescribedFormat implements PackageFormat {
  private final String name;
  private final int rank;
  private final String description;

  /**
   * @param name the name for {@code --format}
   * @param rank where {@code all} builds it
   * @param description what it makes, for {@code atelier help build}
   */
  protected DescribedFormat(String name, int rank, String description) {
    this.name = name;
    this.rank = rank;
    this.description = description;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final int rank() {
    return rank;
  }

  @Override
  public final String description() {
    return description;
  }
}
