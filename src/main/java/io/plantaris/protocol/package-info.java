/**
 * The insole wire protocol, version 1 (firmware-protocol/PROTOCOL.md), on the host side.
 *
 * <p>Pipeline per device, all plain method calls on one thread: bytes -> {@link
 * io.plantaris.protocol.Deframer} (COBS frames cut at {@code 0x00}) -> {@link
 * io.plantaris.protocol.FrameDecoder} (one small decoder per message type) -> {@link
 * io.plantaris.protocol.FrameReader}, the one boundary that catches {@link
 * io.plantaris.protocol.DecodeException} and counts it in {@link
 * io.plantaris.protocol.DecodeCounters} -> a {@link io.plantaris.protocol.FrameListener} such as
 * {@link io.plantaris.protocol.TrackAssembler}, which tracks sequence and clock ({@link
 * io.plantaris.protocol.SequenceTracker}, {@link io.plantaris.protocol.DeviceClock}) and calibrates
 * samples ({@link io.plantaris.protocol.Calibration}) into reused {@link
 * io.plantaris.insole.InsoleSample}s. {@link io.plantaris.protocol.FrameEncoder} is the inverse,
 * for the simulator and tests. Nothing here does I/O or reads a clock.
 */
package io.plantaris.protocol;
