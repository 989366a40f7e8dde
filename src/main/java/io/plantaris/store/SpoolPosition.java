package io.plantaris.store;

/** A byte offset in one spool segment. */
record SpoolPosition(long segment, long offset) implements Comparable<SpoolPosition> {
  @Override
  public int compareTo(SpoolPosition o) {
    int c = Long.compare(segment, o.segment);
    return c != 0 ? c : Long.compare(offset, o.offset);
  }
}
