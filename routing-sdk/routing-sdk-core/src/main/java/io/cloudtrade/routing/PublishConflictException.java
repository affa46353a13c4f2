package io.cloudtrade.routing;

/**
 * A publication lost a race: the rules node changed (or was created) since the version the publisher
 * based its snapshot on. Nothing was written; read the node again and decide.
 */
public class PublishConflictException extends RoutingException {
  private static final long serialVersionUID = 1L;

  /**
   * A lost compare-and-set.
   *
   * @param message which node, and the node version expected
   * @param cause ZooKeeper's BadVersion or NodeExists
   */
  public PublishConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
