package io.cloudtrade.routing.dubbo;

/** The downstream test service, called by {@link Echo#hop()}. */
public interface Echo2 {
  /**
   * The center of the provider that answered and the center of the decision it received.
   *
   * @return {@code <its center>@<decided center or ->}
   */
  String where();
}
