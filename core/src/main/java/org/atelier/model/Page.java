package org.atelier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A content page: text, an optional image and a list of resources.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param body the text (inline markup), or {@code null}
 * @param image an image, or {@code null}
 * @param resources resources to list, in order
 */
public record Page(String id, String title, String body, Image image, List<Resource> resources)
    implements Item {

  /** Copies the list. */
  public Page {
    resources = Lists.copy(resources);
  }

  /** Starts a page with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.PAGE;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.page(this);
  }

  /** Builds a {@link Page}. */
  public static final class Builder {
    private final String id;
    private String title;
    private String body;
    private Image image;
    private final List<Resource> resources = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    /** The title shown to learners. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The text (inline markup). */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** An image with its alternative text. */
    public Builder image(Image image) {
      this.image = image;
      return this;
    }

    /** Adds a resource. */
    public Builder resource(String title, String url, String description) {
      resources.add(new Resource(title, url, description));
      return this;
    }

    /** Builds the page; the course's builder validates it with the rest of the course. */
    public Page build() {
      return new Page(id, title, body, image, resources);
    }
  }
}
