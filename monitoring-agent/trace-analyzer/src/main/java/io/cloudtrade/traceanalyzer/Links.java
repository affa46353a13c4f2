package io.cloudtrade.traceanalyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The links seen so far, each under a small int id, so that a span keeps an int and not three strings. Id
 * {@link #MISSING_PARENT} is the stand-in root of traces with orphan spans. Not thread-safe.
 */
public final class Links {
  /** The id of the stand-in root {@link Trace} puts above spans whose parent is not in the logs. */
  public static final int MISSING_PARENT = 0;

  private final Map<Link, Integer> ids = new HashMap<>();
  private final List<Link> links = new ArrayList<>();

  public Links() {
    id(new Link("", "(missing parent)", Link.SYNTHETIC));
  }

  /** The id of the link, added when new. */
  public int id(String service, String operation, String kind) {
    return id(new Link(service, operation, kind));
  }

  int id(Link link) {
    Integer id = ids.get(link);
    if (id != null) {
      return id;
    }
    int next = links.size();
    links.add(link);
    ids.put(link, next);
    return next;
  }

  public Link get(int id) {
    return links.get(id);
  }

  public int size() {
    return links.size();
  }
}
