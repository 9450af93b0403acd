package org.atelier.xapi.lrs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of a statements query; absent ones are not sent.
 *
 * @param activity an activity IRI
 * @param relatedActivities whether statements about sub-activities count too
 * @param registration a registration UUID
 * @param verb a verb IRI
 * @param since an ISO 8601 date and time
 * @param limit how many statements a page holds at most (0: the LRS decides)
 */
public record StatementQuery(
    String activity,
    boolean relatedActivities,
    String registration,
    String verb,
    String since,
    int limit) {

  /** Every statement about {@code activity} and the activities under it. */
  public static StatementQuery about(String activity) {
    return new StatementQuery(activity, true, null, null, null, 0);
  }

  /** This query, in pages of {@code limit}. */
  public StatementQuery pages(int limit) {
    return new StatementQuery(activity, relatedActivities, registration, verb, since, limit);
  }

  /** This query, limited to one registration. */
  public StatementQuery registration(String registration) {
    return new StatementQuery(activity, relatedActivities, registration, verb, since, limit);
  }

  /** This query, limited to one verb. */
  public StatementQuery verb(String verb) {
    return new StatementQuery(activity, relatedActivities, registration, verb, since, limit);
  }

  /** This query, limited to statements stored since {@code since}. */
  public StatementQuery since(String since) {
    return new StatementQuery(activity, relatedActivities, registration, verb, since, limit);
  }

  String queryString() {
    Map<String, String> params = new LinkedHashMap<>();
    if (activity != null) {
      params.put("activity", activity);
      if (relatedActivities) {
        params.put("related_activities", "true");
      }
    }
    if (registration != null) {
      params.put("registration", registration);
    }
    if (verb != null) {
      params.put("verb", verb);
    }
    if (since != null) {
      params.put("since", since);
    }
    if (limit > 0) {
      params.put("limit", Integer.toString(limit));
    }
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
