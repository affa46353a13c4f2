package io.cloudtrade.sandbox.wechatpay.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudtrade.sandbox.wechatpay.domain.Ledger;
import io.cloudtrade.sandbox.wechatpay.domain.LedgerListener;
import io.cloudtrade.sandbox.wechatpay.domain.Refund;
import io.cloudtrade.sandbox.wechatpay.domain.Trade;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger on disk: every stored transaction and refund appended as one JSON line to
 * {@code ledger.jsonl} in a directory, and replayed at start (the highest version of each wins, so
 * lines written out of order by concurrent writers do no harm). A torn last line is skipped.
 */
public final class LedgerJournal implements LedgerListener, AutoCloseable {
  /** The journal's file name in its directory. */
  public static final String FILE_NAME = "ledger.jsonl";
  private static final Logger log = LoggerFactory.getLogger(LedgerJournal.class);
  private final Path file;
  private final ObjectMapper json;
  private BufferedWriter out;

  public LedgerJournal(Path directory, ObjectMapper json) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the journal directory " + directory, e);
    }
    this.file = directory.resolve(FILE_NAME);
    this.json = json;
  }

  /** Puts every journaled transaction and refund back into {@code ledger}; returns how many lines were read. */
  public synchronized int replayInto(Ledger ledger) {
    if (!Files.exists(file)) {
      return 0;
    }
    int count = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          Entry e = json.readValue(line, Entry.class);
          if (e.trade() != null) {
            ledger.restore(e.trade());
          }
          if (e.refund() != null) {
            ledger.restore(e.refund());
          }
          count++;
        } catch (JsonProcessingException torn) {
          log.warn("journal {}: skipped an unreadable line ({})", file, torn.getOriginalMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal " + file, e);
    }
    log.info("journal {}: replayed {} entries", file, count);
    return count;
  }

  @Override
  public void tradeStored(Trade trade) {
    append(new Entry(trade, null));
  }

  @Override
  public void refundStored(Refund refund) {
    append(new Entry(null, refund));
  }

  private synchronized void append(Entry entry) {
    try {
      if (out == null) {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
      out.write(json.writeValueAsString(entry));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the journal " + file, e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }

  /** One line: a transaction or a refund. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(Trade trade, Refund refund) {
  }
}
