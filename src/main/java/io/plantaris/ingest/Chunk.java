package io.plantaris.ingest;

/**
 * Bytes as one source read them, with when they arrived: wall time for mapping device time,
 * monotonic nanos for measuring latency.
 */
record Chunk(byte[] data, long receivedMillis, long receivedNanos) {}
