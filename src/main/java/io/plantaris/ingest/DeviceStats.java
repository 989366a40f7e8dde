package io.plantaris.ingest;

import io.plantaris.protocol.DecodeError;
import io.plantaris.protocol.LinkStats;
import java.util.Map;

/**
 * A snapshot of one insole's stream for health and metrics: what arrived, what was dropped, what
 * the decoder rejected and what the sequence numbers say was lost or repeated.
 */
public record DeviceStats(
    String streamKey,
    String deviceId,
    String personId,
    LinkState linkState,
    long lastBytesMillis,
    long chunksIn,
    long bytesIn,
    long droppedChunks,
    int queueDepth,
    long framesOk,
    Map<DecodeError, Long> decodeErrors,
    LinkStats link,
    long samplesOut) {

  public DeviceStats {
    decodeErrors = Map.copyOf(decodeErrors);
  }

  static DeviceStats of(DeviceChannel c) {
    return new DeviceStats(
        c.streamKey,
        c.deviceId(),
        c.person.personId,
        c.linkState,
        c.lastBytesMillis,
        c.chunksIn.get(),
        c.bytesIn.get(),
        c.droppedChunks.get(),
        c.queue.size(),
        c.reader.counters().framesOk(),
        c.reader.counters().errorsByReason(),
        c.assembler.tracker().stats(),
        c.assembler.samplesOut());
  }
}
