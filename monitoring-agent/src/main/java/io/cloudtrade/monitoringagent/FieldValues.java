package io.cloudtrade.monitoringagent;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business fields of one call, in the order they were found; a key seen twice keeps its first
 * value (arguments before the returned value). Not thread-safe: one instance per call.
 */
public final class FieldValues {
  private String[] keys;
  private String[] values;
  private int size;

  public FieldValues() {
    this(6);
  }

  public FieldValues(int capacity) {
    keys = new String[Math.max(1, capacity)];
    values = new String[keys.length];
  }

  /** Adds a field unless the key is already there; {@code value} may be {@code null}. */
  public void put(String key, String value) {
    if (indexOf(key) >= 0) {
      return;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    size++;
  }

  public boolean contains(String key) {
    return indexOf(key) >= 0;
  }

  /** The value of a key, or {@code null} (absent, or present with a null value). */
  public String get(String key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  public int size() {
    return size;
  }

  public String key(int i) {
    return keys[i];
  }

  public String value(int i) {
    return values[i];
  }

  /** A copy, for tests and tools. */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      m.put(keys[i], values[i]);
    }
    return m;
  }

  private int indexOf(String key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return toMap().toString();
  }
}
