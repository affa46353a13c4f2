package io.cloudtrade.routing;

/**
 * A request the rules cannot answer (unknown site or region, no rules in force), a snapshot that cannot
 * be used, or a malformed set of routing attachments. Unchecked: it means a caller or an operator must fix
 * something; the SDK never guesses a center instead.
 */
public class RoutingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A routing failure.
   *
   * @param message what is wrong, naming the site, region, key or problem
   */
  public RoutingException(String message) {
    super(message);
  }

  /**
   * A routing failure with its cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public RoutingException(String message, Throwable cause) {
    super(message, cause);
  }
}
