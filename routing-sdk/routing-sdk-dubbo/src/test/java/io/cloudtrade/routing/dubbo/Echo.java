package io.cloudtrade.routing.dubbo;

/** The test service: which center answered, and, through a downstream {@link Echo2}, where the second hop went. */
public interface Echo {
  /**
   * The center of the provider that answered.
   *
   * @return its {@code ct-center}
   */
  String where();

  /**
   * This provider's center, then what the downstream {@link Echo2} answered: {@code "cn>cn@cn"}.
   *
   * @return {@code <this center>><Echo2's answer>}
   */
  String hop();
}
