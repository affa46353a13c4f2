package io.cloudtrade.kernel;

import java.io.Serial;
import java.io.Serializable;

/** Which page to return: numbered from 1, at most {@link #MAX_PAGE_SIZE} items. */
public final class PageRequest implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
  public static final int MAX_PAGE_SIZE = 300;
  public static final int DEFAULT_PAGE_SIZE = 20;

  private int pageNum;
  private int pageSize;

  private PageRequest() {}

  private PageRequest(int pageNum, int pageSize) {
    this.pageNum = pageNum;
    this.pageSize = pageSize;
  }

  /**
   * A page request; null values take the defaults (page 1, {@value #DEFAULT_PAGE_SIZE} items).
   *
   * @throws IllegalArgumentException when a value is out of range; callers at the edge turn it into
   *     an InvalidParameter rejection
   */
  public static PageRequest of(Integer pageNum, Integer pageSize) {
    int num = pageNum == null ? 1 : pageNum;
    int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    if (num < 1) {
      throw new IllegalArgumentException("PageNum must be >= 1");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("PageSize must be between 1 and " + MAX_PAGE_SIZE);
    }
    return new PageRequest(num, size);
  }

  public int pageNum() {
    return pageNum;
  }

  public int pageSize() {
    return pageSize;
  }

  public long offset() {
    return (long) (pageNum - 1) * pageSize;
  }
}
