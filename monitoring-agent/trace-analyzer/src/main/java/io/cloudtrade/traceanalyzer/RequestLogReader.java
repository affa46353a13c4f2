package io.cloudtrade.traceanalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads request-log lines from files and directories into a {@link TraceStore}, one line at a time (only the
 * spans are kept, never the lines).
 *
 * <ul>
 *   <li>A file given by name is read whatever its name; a directory is walked recursively for files named
 *       {@code *.log}, {@code *.json}, {@code *.jsonl} (and the same with {@code .gz}, read through gunzip), in
 *       name order.
 *   <li>A line is a request-log line when it contains {@code {"ts":} (see {@link LineParser}); any other line is
 *       counted and ignored. A request-log line that cannot be used is counted as malformed, with its place and
 *       the reason, and skipped: reading never stops for a bad line.
 *   <li>Bytes that are not UTF-8 are replaced; a line over {@link #MAX_LINE_CHARS} characters is skipped
 *       (malformed) without being held in memory.
 * </ul>
 */
public final class RequestLogReader {
  /** Longer lines are skipped: a request-log line is a few hundred characters. */
  public static final int MAX_LINE_CHARS = 1 << 20;

  private final TraceStore store;
  private final Links links;
  private final InputStats stats = new InputStats();
  private final LineParser parser = new LineParser();
  private final LineParser.Parsed parsed = new LineParser.Parsed();

  public RequestLogReader(TraceStore store, Links links) {
    this.store = store;
    this.links = links;
  }

  public InputStats stats() {
    return stats;
  }

  /**
   * The files to read for the given paths: a file as is, a directory's matching files (recursively, sorted).
   *
   * @throws IOException when a path does not exist or a directory cannot be listed
   */
  public static List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(RequestLogReader::isLogFile).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new IOException("no such file or directory: " + p);
      }
    }
    return files;
  }

  static boolean isLogFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.endsWith(".log") || name.endsWith(".json") || name.endsWith(".jsonl");
  }

  /** Reads every line of the file. */
  public void read(Path file) throws IOException {
    stats.file();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
            ? new GZIPInputStream(raw, 64 * 1024) : raw;
        LineReader lines = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_LINE_CHARS)) {
      long number = 0;
      String line;
      while ((line = lines.next()) != null) {
        number++;
        stats.line();
        if (line == LineReader.TOO_LONG) {
          stats.requestLine();
          stats.malformed(file + ":" + number, "line longer than " + MAX_LINE_CHARS + " characters");
          continue;
        }
        accept(line, file, number);
      }
    }
  }

  /** Reads one line (the place is only for the malformed-line examples). */
  void accept(String line, Object file, long number) {
    int at = LineParser.find(line);
    if (at < 0) {
      return;
    }
    stats.requestLine();
    try {
      parser.parse(line, at, parsed);
    } catch (LineParser.MalformedLine e) {
      stats.malformed(file + ":" + number, e.getMessage());
      return;
    }
    stats.span();
    store.add(parsed, links.id(parsed.service, parsed.operation, parsed.kind));
  }
}
