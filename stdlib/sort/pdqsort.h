// pdqsort.h — the sorting algorithms of Go 1.19's package sort (pattern-
// defeating quicksort for Sort, insertion-sort blocks merged by SymMerge
// for Stable), over any D with less(i, j) and swap(i, j).
//
// Invariants: the sequence of less and swap calls is Go's, so results,
// including the order of equal elements for the unstable sort, are what
// Go 1.19 gives (breakPatterns' xorshift is seeded with the length, not
// randomly). Sort uses O(n log n) comparisons; Stable O(n log n) less and
// O(n log² n) swaps, and no extra memory.
#pragma once

#include <cstdint>

namespace pkg::sort::detail {

template <class D> struct Sorter {
  D &d;
  enum Hint { Unknown, Increasing, Decreasing };

  void insertionSort(int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
      for (int64_t j = i; j > a && d.less(j, j - 1); j--)
        d.swap(j, j - 1);
  }
  void siftDown(int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
      int64_t child = 2 * root + 1;
      if (child >= hi)
        return;
      if (child + 1 < hi && d.less(first + child, first + child + 1))
        child++;
      if (!d.less(first + root, first + child))
        return;
      d.swap(first + root, first + child);
      root = child;
    }
  }
  void heapSort(int64_t a, int64_t b) {
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--)
      siftDown(i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
      d.swap(first, first + i);
      siftDown(lo, i, first);
    }
  }
  static int bitLen(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

  void pdqsort(int64_t a, int64_t b, int limit) {
    const int64_t maxInsertion = 12;
    bool wasBalanced = true, wasPartitioned = true;
    for (;;) {
      int64_t length = b - a;
      if (length <= maxInsertion) {
        insertionSort(a, b);
        return;
      }
      if (limit == 0) {
        heapSort(a, b);
        return;
      }
      if (!wasBalanced) {
        breakPatterns(a, b);
        limit--;
      }
      Hint hint;
      int64_t pivot = choosePivot(a, b, &hint);
      if (hint == Decreasing) {
        reverseRange(a, b);
        pivot = (b - 1) - (pivot - a);
        hint = Increasing;
      }
      if (wasBalanced && wasPartitioned && hint == Increasing)
        if (partialInsertionSort(a, b))
          return;
      if (a > 0 && !d.less(a - 1, pivot)) {
        a = partitionEqual(a, b, pivot);
        continue;
      }
      bool already;
      int64_t mid = partition(a, b, pivot, &already);
      wasPartitioned = already;
      int64_t leftLen = mid - a, rightLen = b - mid;
      int64_t balanceThreshold = length / 8;
      if (leftLen < rightLen) {
        wasBalanced = leftLen >= balanceThreshold;
        pdqsort(a, mid, limit);
        a = mid + 1;
      } else {
        wasBalanced = rightLen >= balanceThreshold;
        pdqsort(mid + 1, b, limit);
        b = mid;
      }
    }
  }
  int64_t partition(int64_t a, int64_t b, int64_t pivot, bool *already) {
    d.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && d.less(i, a))
      i++;
    while (i <= j && !d.less(j, a))
      j--;
    if (i > j) {
      d.swap(j, a);
      *already = true;
      return j;
    }
    d.swap(i, j);
    i++;
    j--;
    for (;;) {
      while (i <= j && d.less(i, a))
        i++;
      while (i <= j && !d.less(j, a))
        j--;
      if (i > j)
        break;
      d.swap(i, j);
      i++;
      j--;
    }
    d.swap(j, a);
    *already = false;
    return j;
  }
  int64_t partitionEqual(int64_t a, int64_t b, int64_t pivot) {
    d.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
      while (i <= j && !d.less(a, i))
        i++;
      while (i <= j && d.less(a, j))
        j--;
      if (i > j)
        break;
      d.swap(i, j);
      i++;
      j--;
    }
    return i;
  }
  bool partialInsertionSort(int64_t a, int64_t b) {
    const int maxSteps = 5;
    const int64_t shortestShifting = 50;
    int64_t i = a + 1;
    for (int step = 0; step < maxSteps; step++) {
      while (i < b && !d.less(i, i - 1))
        i++;
      if (i == b)
        return true;
      if (b - a < shortestShifting)
        return false;
      d.swap(i, i - 1);
      if (i - a >= 2) {
        for (int64_t j = i - 1; j >= 1; j--) {
          if (!d.less(j, j - 1))
            break;
          d.swap(j, j - 1);
        }
      }
      if (b - i >= 2) {
        for (int64_t j = i + 1; j < b; j++) {
          if (!d.less(j, j - 1))
            break;
          d.swap(j, j - 1);
        }
      }
    }
    return false;
  }
  void breakPatterns(int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length >= 8) {
      uint64_t random = uint64_t(length);
      uint64_t modulus = uint64_t(1) << bitLen(uint64_t(length));
      for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        int64_t other = int64_t(random & (modulus - 1));
        if (other >= length)
          other -= length;
        d.swap(idx, a + other);
      }
    }
  }
  int64_t choosePivot(int64_t a, int64_t b, Hint *hint) {
    const int64_t shortestNinther = 50;
    const int maxSwaps = 4 * 3;
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= shortestNinther) {
        i = median(i - 1, i, i + 1, &swaps);
        j = median(j - 1, j, j + 1, &swaps);
        k = median(k - 1, k, k + 1, &swaps);
      }
      j = median(i, j, k, &swaps);
    }
    *hint = swaps == 0 ? Increasing : swaps == maxSwaps ? Decreasing : Unknown;
    return j;
  }
  void order2(int64_t &a, int64_t &b, int *swaps) {
    if (d.less(b, a)) {
      ++*swaps;
      std::swap(a, b);
    }
  }
  int64_t median(int64_t a, int64_t b, int64_t c, int *swaps) {
    order2(a, b, swaps);
    order2(b, c, swaps);
    order2(a, b, swaps);
    return b;
  }
  void reverseRange(int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--)
      d.swap(i, j);
  }
  void swapRange(int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; i++)
      d.swap(a + i, b + i);
  }

  void stable(int64_t n) {
    int64_t blockSize = 20;
    int64_t a = 0, b = blockSize;
    while (b <= n) {
      insertionSort(a, b);
      a = b;
      b += blockSize;
    }
    insertionSort(a, n);
    while (blockSize < n) {
      a = 0;
      b = 2 * blockSize;
      while (b <= n) {
        symMerge(a, a + blockSize, b);
        a = b;
        b += 2 * blockSize;
      }
      if (int64_t m = a + blockSize; m < n)
        symMerge(a, m, n);
      blockSize *= 2;
    }
  }
  void symMerge(int64_t a, int64_t m, int64_t b) {
    if (m - a == 1) {
      int64_t i = m, j = b;
      while (i < j) {
        int64_t h = int64_t(uint64_t(i + j) >> 1);
        if (d.less(h, a))
          i = h + 1;
        else
          j = h;
      }
      for (int64_t k = a; k < i - 1; k++)
        d.swap(k, k + 1);
      return;
    }
    if (b - m == 1) {
      int64_t i = a, j = m;
      while (i < j) {
        int64_t h = int64_t(uint64_t(i + j) >> 1);
        if (!d.less(m, h))
          i = h + 1;
        else
          j = h;
      }
      for (int64_t k = m; k > i; k--)
        d.swap(k, k - 1);
      return;
    }
    int64_t mid = int64_t(uint64_t(a + b) >> 1);
    int64_t n = mid + m;
    int64_t start, r;
    if (m > mid) {
      start = n - b;
      r = mid;
    } else {
      start = a;
      r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
      int64_t c = int64_t(uint64_t(start + r) >> 1);
      if (!d.less(p - c, c))
        start = c + 1;
      else
        r = c;
    }
    int64_t end = n - start;
    if (start < m && m < end)
      rotate(start, m, end);
    if (a < start && start < mid)
      symMerge(a, start, mid);
    if (mid < end && end < b)
      symMerge(mid, end, b);
  }
  void rotate(int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
      if (i > j) {
        swapRange(m - i, m, j);
        i -= j;
      } else {
        swapRange(m - i, m + j - i, i);
        j -= i;
      }
    }
    swapRange(m - i, m, i);
  }
  bool isSorted(int64_t n) {
    for (int64_t i = n - 1; i > 0; i--)
      if (d.less(i, i - 1))
        return false;
    return true;
  }
};

template <class D> void sortData(D &d, int64_t n) {
  if (n <= 1)
    return;
  Sorter<D>{d}.pdqsort(0, n, Sorter<D>::bitLen(uint64_t(n)));
}
template <class D> void stableData(D &d, int64_t n) { Sorter<D>{d}.stable(n); }
template <class D> bool isSortedData(D &d, int64_t n) { return Sorter<D>{d}.isSorted(n); }

} // namespace pkg::sort::detail
