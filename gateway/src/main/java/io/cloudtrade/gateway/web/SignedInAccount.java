package io.cloudtrade.gateway.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;

/** Who signed in to the buy page, kept in the HTTP session. */
public record SignedInAccount(long accountId, String name, String identity) implements Serializable {
  static final String SESSION_KEY = "cloudtrade.account";

  /** The signed-in account, or a 401 problem. */
  public static SignedInAccount require(HttpSession session) {
    Object a = session == null ? null : session.getAttribute(SESSION_KEY);
    if (a instanceof SignedInAccount account) {
      return account;
    }
    throw new ApiRejection(401, "NotSignedIn", "sign in first", List.of());
  }
}
