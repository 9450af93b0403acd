package org.atelier.model;

/**
 * An operation on each type of {@link Item}; renderers and exporters implement it so that adding a
 * kind of item is a compile error wherever it is not handled.
 *
 * @param <R> what the operation returns
 */
public interface ItemVisitor<R> {
  R page(Page page);

  R singleChoice(SingleChoice question);

  R multipleResponse(MultipleResponse question);

  R trueFalse(TrueFalse question);

  R fillIn(FillIn question);

  R cardSort(CardSort question);

  R sequence(Sequence question);

  R timeline(Timeline question);

  R discussion(Discussion activity);

  R actions(Actions activity);

  R survey(Survey survey);
}
