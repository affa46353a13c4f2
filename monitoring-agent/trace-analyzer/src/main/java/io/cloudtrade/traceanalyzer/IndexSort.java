package io.cloudtrade.traceanalyzer;

/** A stable sort of int indices by a comparator of ints, without boxing. */
final class IndexSort {
  @FunctionalInterface
  interface IntComparator {
    int compare(int a, int b);
  }

  private IndexSort() {
  }

  /** Sorts {@code a[0, n)}, stable (a merge sort; insertion sort for short runs). */
  static void sort(int[] a, int n, IntComparator cmp) {
    if (n < 2) {
      return;
    }
    int[] tmp = new int[n];
    mergeSort(a, tmp, 0, n, cmp);
  }

  private static void mergeSort(int[] a, int[] tmp, int from, int to, IntComparator cmp) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && cmp.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, cmp);
    mergeSort(a, tmp, mid, to, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      a[k++] = cmp.compare(tmp[j], tmp[i]) < 0 ? tmp[j++] : tmp[i++];
    }
    while (i < mid) {
      a[k++] = tmp[i++];
    }
    while (j < to) {
      a[k++] = tmp[j++];
    }
  }
}
