package io.plantaris.dashboard;

/** A request the clinician pages cannot answer as asked: 400 with the message. */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadRequest(String message) {
    super(message);
  }
}
