package io.plantaris.ingest;

/** What a source knows about the link to one device. */
public enum LinkState {
  /** Connected (serial port open; MQTT device announced {@code online}). */
  ONLINE,
  /** Disconnected (cable pulled; MQTT Last Will {@code offline}); the device's session is kept. */
  OFFLINE,
  /** The source itself lost its transport (broker down) and is reconnecting. */
  RECONNECTING
}
