package io.plantaris.protocol;

/** The payload of a frame: one variant per message type. */
public sealed interface Message permits Descriptor, SampleBatch, Status, Marker, DescriptorRequest {
  MessageType type();
}
