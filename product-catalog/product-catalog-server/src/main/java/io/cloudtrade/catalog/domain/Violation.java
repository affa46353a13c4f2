package io.cloudtrade.catalog.domain;

/**
 * One reason a configuration is refused: a stable code (a built-in check or the code of a
 * constraint rule) and a message naming the attributes and values involved.
 */
public record Violation(String code, String message) {
  /** the configuration names an attribute the product version does not have */
  public static final String UNKNOWN_ATTRIBUTE = "UnknownAttribute";
  /** an ENUM value not allowed, a BOOLEAN other than true/false, an INT_RANGE that is not a number */
  public static final String INVALID_ATTRIBUTE_VALUE = "InvalidAttributeValue";
  /** an INT_RANGE value outside [min, max] */
  public static final String OUT_OF_RANGE = "OutOfRange";
  /** an INT_RANGE value within bounds but not on min + k * step */
  public static final String INVALID_STEP = "InvalidStep";
  /** a value that is valid but sold out in the Region asked for */
  public static final String SOLD_OUT = "SoldOut";

  /** {@code "<code>: <message>"}, the shape of a rejection detail. */
  public String detail() {
    return code + ": " + message;
  }

  static Violation parse(String codeAndMessage) {
    int colon = codeAndMessage.indexOf(": ");
    return new Violation(codeAndMessage.substring(0, colon), codeAndMessage.substring(colon + 2));
  }
}
