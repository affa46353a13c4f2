package io.cloudtrade.kernel;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a query's results, numbered from 1 as the BSS OpenAPI numbers them.
 *
 * @param <T> the item type
 */
public final class Page<T extends Serializable> implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private int pageNum;
  private int pageSize;
  private long totalCount;
  private ArrayList<T> items;

  private Page() {}

  public Page(int pageNum, int pageSize, long totalCount, List<T> items) {
    this.pageNum = pageNum;
    this.pageSize = pageSize;
    this.totalCount = totalCount;
    this.items = new ArrayList<>(items);
  }

  public int pageNum() {
    return pageNum;
  }

  public int pageSize() {
    return pageSize;
  }

  public long totalCount() {
    return totalCount;
  }

  public List<T> items() {
    return items;
  }
}
