package io.cloudtrade.sandbox.alipay.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudtrade.sandbox.alipay.domain.Trade;
import io.cloudtrade.sandbox.alipay.domain.TradeJournal;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's journal as an append-only file of JSON lines, one version of one trade a line
 * ({@value #FILE_NAME} in the data directory). Replaying keeps the highest version of each trade; a
 * torn last line (a crash while writing) is skipped.
 */
public final class JsonLinesTradeJournal implements TradeJournal {
  /** The journal's file name inside the data directory. */
  public static final String FILE_NAME = "alipay-sandbox-ledger.jsonl";
  private static final Logger log = LoggerFactory.getLogger(JsonLinesTradeJournal.class);

  private final Path file;
  private final ObjectMapper json = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private final BufferedWriter out;

  public JsonLinesTradeJournal(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      this.file = dataDir.resolve(FILE_NAME);
      boolean torn = Files.exists(file) && Files.size(file) > 0 && lastByte(file) != '\n';
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      if (torn) {
        // end the torn line, so that it stays the only line lost
        out.write('\n');
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the ledger journal in " + dataDir, e);
    }
  }

  private static int lastByte(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      ByteBuffer buffer = ByteBuffer.allocate(1);
      channel.position(channel.size() - 1).read(buffer);
      return buffer.get(0);
    }
  }

  @Override
  public synchronized void append(Trade trade) {
    try {
      out.write(json.writeValueAsString(trade));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ledger journal " + file, e);
    }
  }

  @Override
  public List<Trade> replay() {
    List<Trade> versions = new ArrayList<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          versions.add(json.readValue(line, Trade.class));
        } catch (IOException e) {
          log.warn("ledger journal {}: line {} skipped: {}", file, lineNo, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ledger journal " + file, e);
    }
    log.info("ledger journal {}: {} trade versions replayed", file, versions.size());
    return versions;
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      log.warn("ledger journal {}: close failed: {}", file, e.getMessage());
    }
  }
}
