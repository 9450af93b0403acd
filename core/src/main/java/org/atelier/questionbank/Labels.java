package org.atelier.questionbank;

/** The few words the question-bank export adds itself, in the course's language. */
record Labels(
    String orderSuffix,
    String orderTitle,
    String orderInstruction,
    String natureSuffix,
    String natureTitle,
    String natureInstruction,
    String reality,
    String fiction) {

  private static final Labels FRENCH =
      new Labels(
          "ordre",
          "ordre",
          "Placez les cartes de la plus ancienne à la plus récente.",
          "nature",
          "réalité ou fiction",
          "Pour chaque carte : réalité ou fiction ?",
          "Réalité",
          "Fiction");

  private static final Labels ENGLISH =
      new Labels(
          "order",
          "order",
          "Put the cards in order, from the oldest to the most recent.",
          "nature",
          "reality or fiction",
          "For each card: reality or fiction?",
          "Reality",
          "Fiction");

  /** French for a French course, English otherwise. */
  static Labels of(String language) {
    return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("fr")
        ? FRENCH
        : ENGLISH;
  }
}
