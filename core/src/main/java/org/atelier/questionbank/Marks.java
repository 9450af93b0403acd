package org.atelier.questionbank;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.FillIn;
import org.atelier.model.Item;
import org.atelier.model.Question;

/**
 * The marks of a Moodle XML file's questions, in the proportion of the course's points, so that a
 * quiz made of them ranks learners as the course does. Moodle gives a Cloze question the sum of its
 * gaps' weights, whole numbers, whatever its {@code defaultgrade}; so each question's mark is its
 * points times one scale for the whole file, the smallest whole number that gives every gap of
 * every Cloze question the same whole weight, as the course counts each gap alike. With one point
 * each, a file whose Cloze questions have 4 and 5 gaps has scale 20: every question is worth 20,
 * the gaps 5 and 4.
 */
final class Marks {
  private final BigInteger scale;

  private Marks(BigInteger scale) {
    this.scale = scale;
  }

  /** The scale for the course's scored Cloze questions; 1 when there is none. */
  static Marks of(Course course) {
    BigInteger scale = BigInteger.ONE;
    for (CourseModule module : course.modules()) {
      for (Item item : module.items()) {
        if (item instanceof FillIn q && q.rules().scored() && MoodleXmlExporter.isCloze(q)) {
          // points / gaps = numerator / denominator; the scale must be a multiple of the reduced
          // denominator for the gaps' weight to be whole.
          BigDecimal points = points(q);
          BigInteger numerator = points.unscaledValue();
          BigInteger denominator =
              BigInteger.TEN.pow(points.scale()).multiply(BigInteger.valueOf(q.gaps().size()));
          BigInteger reduced = denominator.divide(numerator.gcd(denominator));
          scale = scale.divide(scale.gcd(reduced)).multiply(reduced);
        }
      }
    }
    return new Marks(scale);
  }

  /** The question's mark: its points times the scale. */
  String mark(Question q) {
    return number(points(q).multiply(new BigDecimal(scale)));
  }

  /** Half the question's mark, for each of the two questions a timeline becomes. */
  String half(Question q) {
    return number(points(q).multiply(new BigDecimal(scale)).divide(BigDecimal.valueOf(2)));
  }

  /** The weight of each gap of a Cloze question: its mark shared equally, a whole number. */
  long gapWeight(FillIn q) {
    return points(q)
        .multiply(new BigDecimal(scale))
        .divide(BigDecimal.valueOf(q.gaps().size()))
        .longValueExact();
  }

  private static BigDecimal points(Question q) {
    BigDecimal points = BigDecimal.valueOf(q.rules().points()).stripTrailingZeros();
    return points.scale() < 0 ? points.setScale(0) : points;
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
