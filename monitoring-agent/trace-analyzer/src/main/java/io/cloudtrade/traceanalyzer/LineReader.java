package io.cloudtrade.traceanalyzer;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a reader ({@code \n}, {@code \r\n} or {@code \r}), like {@link java.io.BufferedReader#readLine}, but a
 * line longer than the limit is not kept in memory: {@link #next} skips it and returns {@link #TOO_LONG}, so one
 * runaway line (a binary file, a huge dump) cannot exhaust the heap.
 */
final class LineReader implements Closeable {
  /** Returned (the same instance) for a line longer than the limit. */
  static final String TOO_LONG = new String("<line too long>");

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int end;
  private boolean skipLf;
  private final StringBuilder pending = new StringBuilder();

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its line break, {@link #TOO_LONG}, or {@code null} at the end. */
  String next() throws IOException {
    pending.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos >= end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          return tooLong ? TOO_LONG : pending.toString();
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < end) {
        char c = buf[pos];
        if (c == '\n' || c == '\r') {
          String line = tooLong ? TOO_LONG : take(start, pos);
          pos++;
          skipLf = c == '\r';
          if (line == null) {
            return TOO_LONG;
          }
          return line;
        }
        pos++;
      }
      if (!tooLong) {
        if (pending.length() + (pos - start) > maxChars) {
          tooLong = true;
          pending.setLength(0);
        } else {
          pending.append(buf, start, pos - start);
        }
      }
    }
  }

  /** The line made of what is pending plus buf[start, to), or null when that is over the limit. */
  private String take(int start, int to) {
    int n = to - start;
    if (pending.length() + n > maxChars) {
      return null;
    }
    if (pending.length() == 0) {
      return new String(buf, start, n);
    }
    return pending.append(buf, start, n).toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
