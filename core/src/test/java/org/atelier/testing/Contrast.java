package org.atelier.testing;

/** WCAG's contrast ratio of two CSS {@code rgb()} colours, as computed styles give them. */
public final class Contrast {
  private Contrast() {}

  /** The ratio, from 1 to 21, of two {@code rgb(r, g, b)} or {@code rgba(…)} colours. */
  public static double ratio(String a, String b) {
    double la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Double.parseDouble(parts[i]) / 255;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
