package io.cloudtrade.traceanalyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the reader saw: files, lines, request-log lines, malformed ones (with the first few as examples). */
public final class InputStats {
  /** How many malformed lines are kept as examples. */
  public static final int MAX_EXAMPLES = 10;

  private int files;
  private long lines;
  private long requestLines;
  private long spans;
  private long malformed;
  private final List<String> malformedExamples = new ArrayList<>();

  void file() {
    files++;
  }

  void line() {
    lines++;
  }

  void requestLine() {
    requestLines++;
  }

  void span() {
    spans++;
  }

  void malformed(String where, String reason) {
    malformed++;
    if (malformedExamples.size() < MAX_EXAMPLES) {
      malformedExamples.add(where + ": " + reason);
    }
  }

  public int files() {
    return files;
  }

  /** Every line read. */
  public long lines() {
    return lines;
  }

  /** Lines with a request-log object (well-formed or not). */
  public long requestLines() {
    return requestLines;
  }

  /** Lines without a request-log object: ordinary log lines, ignored. */
  public long otherLines() {
    return lines - requestLines;
  }

  /** Well-formed request-log lines, i.e. spans read (duplicates included). */
  public long spans() {
    return spans;
  }

  /** Request-log lines that could not be used (bad JSON, a key missing, a line over the length limit). */
  public long malformed() {
    return malformed;
  }

  /** {@code file:line: reason} of the first {@value #MAX_EXAMPLES} malformed lines. */
  public List<String> malformedExamples() {
    return Collections.unmodifiableList(malformedExamples);
  }
}
