package org.atelier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies that keep {@code null} elements, so the validator can name them. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
