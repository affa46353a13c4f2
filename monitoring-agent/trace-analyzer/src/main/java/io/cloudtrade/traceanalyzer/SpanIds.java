package io.cloudtrade.traceanalyzer;

/**
 * Span ids as {@code long}s, so that a kept span costs no string. The agent writes 16 hex characters: those
 * are the number they spell, exactly. Any other id (another tracer, a hand-written line) becomes a 64-bit hash
 * of its text; two different ids of one trace then share a value with a probability of about 2^-64 per pair.
 */
final class SpanIds {
  private SpanIds() {
  }

  static long toLong(String id) {
    int n = id.length();
    if (n == 16) {
      long v = 0;
      for (int i = 0; i < 16; i++) {
        int d = Character.digit(id.charAt(i), 16);
        if (d < 0) {
          return hash(id);
        }
        v = (v << 4) | d;
      }
      return v;
    }
    return hash(id);
  }

  /** FNV-1a over the chars, then a 64-bit finalizer (from SplitMix64) to spread the bits. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
