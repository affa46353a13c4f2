package io.cloudtrade.payment.adapter.channel;

import io.cloudtrade.payment.application.ChannelBill;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a channel's CSV bill (RFC 4180: quoted cells may hold commas, quotes and line breaks) into
 * rows named by the header line, so that a column added or moved by the channel does not shift the
 * others. Anything unreadable is a {@link ChannelBill.Unavailable} naming the line.
 */
final class BillCsv {
  private final String name;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<List<String>> rows;

  private BillCsv(String name, List<List<String>> records) {
    this.name = name;
    if (records.isEmpty()) {
      throw new ChannelBill.Unavailable(name + " is empty: not even a header line");
    }
    List<String> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).trim().replace("\uFEFF", ""), i);
    }
    this.rows = records.subList(1, records.size());
  }

  /** Parses {@code text}; {@code name} says which bill in messages. */
  static BillCsv parse(String name, String text) {
    return new BillCsv(name, records(text));
  }

  /** The header must name these columns. */
  BillCsv require(String... names) {
    for (String n : names) {
      if (!columns.containsKey(n)) {
        throw new ChannelBill.Unavailable(name + " has no column " + n + " (it has " + columns.keySet()
            + "): not a format this service reads");
      }
    }
    return this;
  }

  int size() {
    return rows.size();
  }

  /** The cell of data row {@code row} (0-based, after the header) in the named column; "" when the row is short. */
  String cell(int row, String column) {
    List<String> r = rows.get(row);
    int i = columns.get(column);
    return i < r.size() ? r.get(i).trim() : "";
  }

  /** A failure to read data row {@code row}, naming its line in the file. */
  ChannelBill.Unavailable bad(int row, String why) {
    return new ChannelBill.Unavailable(name + " line " + (row + 2) + " cannot be read: " + why);
  }

  /** A decimal yuan amount ("12.30", "12.3", "12") in fen; never through a double. */
  static long yuanToFen(String yuan) {
    return new BigDecimal(yuan.trim()).setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
  }

  private static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          record.add(cell.toString());
          cell.setLength(0);
          any = true;
        }
        case '\r' -> { }
        case '\n' -> {
          if (any || cell.length() > 0) {
            record.add(cell.toString());
            records.add(record);
          }
          record = new ArrayList<>();
          cell.setLength(0);
          any = false;
        }
        default -> {
          cell.append(c);
          any = true;
        }
      }
    }
    if (quoted) {
      throw new ChannelBill.Unavailable("the bill ends inside a quoted cell: it was cut short");
    }
    if (any || cell.length() > 0) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }
}
