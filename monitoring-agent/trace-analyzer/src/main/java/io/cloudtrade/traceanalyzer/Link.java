package io.cloudtrade.traceanalyzer;

/**
 * A link of the call chain: one operation of one service, on one side of a call ({@code kind}: {@code server},
 * {@code consumer}, {@code internal}; {@code synthetic} for the stand-in root of a trace whose root is missing).
 */
public record Link(String service, String operation, String kind) {
  /** The kind of the stand-in root that {@link Trace} adds above orphan spans. */
  public static final String SYNTHETIC = "synthetic";

  /** {@code service.operation}, e.g. {@code PaymentService.pay}; {@code (missing parent)} for the stand-in root. */
  public String name() {
    return SYNTHETIC.equals(kind) ? operation : service + "." + operation;
  }

  public boolean synthetic() {
    return SYNTHETIC.equals(kind);
  }

  @Override
  public String toString() {
    return name() + " (" + kind + ")";
  }
}
