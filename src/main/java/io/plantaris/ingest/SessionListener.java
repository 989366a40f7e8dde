package io.plantaris.ingest;

/**
 * Receives what the live pipeline concludes, as it happens: the store, the dashboard and the
 * command line subscribe. Called on pipeline worker threads; implementations must be quick and
 * thread-safe (hand off anything slow).
 */
public interface SessionListener {
  /** A rep finished and was judged. */
  default void onRep(RepVerdict verdict) {}

  /** A set finished. */
  default void onSet(SetFinished set) {}

  /** An insole stood where it could not see a heel raise, for the time given (or so far). */
  default void onBlind(BlindSpell spell) {}

  /** An insole connected, disconnected or announced itself. */
  default void onDevice(DeviceEvent event) {}
}
