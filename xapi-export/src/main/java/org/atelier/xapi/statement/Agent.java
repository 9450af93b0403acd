package org.atelier.xapi.statement;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An agent (or an anonymous group) identified by exactly one inverse functional identifier: mbox,
 * mbox_sha1sum, openid or account.
 *
 * @param objectType {@code Agent} or {@code Group}
 * @param name a display name, or {@code null}
 * @param mbox {@code mailto:} address, or {@code null}
 * @param mboxSha1sum the SHA-1 of the mbox, or {@code null}
 * @param openid an OpenID URI, or {@code null}
 * @param account an account on a system, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agent(
    String objectType,
    String name,
    String mbox,
    @com.fasterxml.jackson.annotation.JsonProperty("mbox_sha1sum") String mboxSha1sum,
    String openid,
    Account account) {

  /** An agent known by e-mail. */
  public static Agent mbox(String name, String email) {
    return new Agent("Agent", name, "mailto:" + email, null, null, null);
  }

  /** An agent known by an account on a platform (how LMSs name their learners). */
  public static Agent account(String name, String homePage, String accountName) {
    return new Agent("Agent", name, null, null, null, new Account(homePage, accountName));
  }

  /**
   * An account on a system.
   *
   * @param homePage the system's address
   * @param name the account's name there
   */
  public record Account(String homePage, String name) {}
}
