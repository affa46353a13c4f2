package io.cloudtrade.order.domain;

/** The rules of a ClientToken, as Alibaba Cloud states them: at most 64 printable ASCII characters. */
public final class ClientTokens {
  public static final int MAX_LENGTH = 64;

  private ClientTokens() {}

  /** Null when the token is acceptable (or absent), otherwise why it is not. */
  public static String problem(String token) {
    if (token == null) {
      return null;
    }
    if (token.isEmpty() || token.length() > MAX_LENGTH) {
      return "ClientToken must be 1 to " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return "ClientToken must be printable ASCII without spaces";
      }
    }
    return null;
  }
}
