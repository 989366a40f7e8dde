package io.plantaris.ingest.mqtt;

/**
 * Keeps insoles out of the embedded broker while the service's own subscription is not in place
 * yet. A broker started after a crash has no session for the service (in-memory persistence), so
 * what an insole published before the service subscribed would be acknowledged to the insole and
 * dropped; refused at CONNACK instead, the insole keeps its data and retries. Open by default.
 */
public final class BrokerGate {
  private volatile String onlyClientId;

  /** Until {@link #open()}, only the client {@code clientId} may connect. */
  public void closeExceptFor(String clientId) {
    onlyClientId = clientId;
  }

  public void open() {
    onlyClientId = null;
  }

  public boolean admits(String clientId) {
    String only = onlyClientId;
    return only == null || only.equals(clientId);
  }
}
