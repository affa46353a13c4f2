package io.cloudtrade.traceanalyzer;

/** The {@code outcome} of a request-log line. */
public enum Outcome {
  SUCCESS,
  /** A business rejection (a value with an error code, not a failure). */
  REJECTED,
  /** A system failure. */
  ERROR;

  private static final Outcome[] VALUES = values();

  static Outcome ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }

  /** The outcome named {@code s}, or {@code null} when it is none of the three. */
  static Outcome parse(String s) {
    if (s == null) {
      return null;
    }
    return switch (s) {
      case "SUCCESS" -> SUCCESS;
      case "REJECTED" -> REJECTED;
      case "ERROR" -> ERROR;
      default -> null;
    };
  }
}
