package io.plantaris.ingest.mqtt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link MqttFrameSource} reports for the health page.
 *
 * @param connected the broker connection is up
 * @param subscribed the broker confirmed every subscription (SUBACK) and the client's message flow
 *     is open: only then do insoles' messages reach the pipeline, so this is the readiness
 * @param lastError why the last connect or subscribe failed, or null
 * @param connects successful connects since start (more than one: reconnects)
 * @param loginsRefused CONNECTs of the service the broker refused (wrong or missing credentials)
 * @param sessionsLost connects on which the broker no longer had the service's session
 * @param foreignDescriptors messages dropped because a DESCRIPTOR named another device than the
 *     topic (the authenticated device) it came on
 */
public record MqttSourceHealth(
    boolean connected,
    boolean subscribed,
    String lastError,
    long connects,
    long loginsRefused,
    long sessionsLost,
    long foreignDescriptors) {

  /** For the health JSON. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("connected", connected);
    m.put("subscribed", subscribed);
    if (lastError != null) {
      m.put("lastError", lastError);
    }
    m.put("connects", connects);
    m.put("loginsRefused", loginsRefused);
    m.put("sessionsLost", sessionsLost);
    m.put("foreignDescriptors", foreignDescriptors);
    return m;
  }
}
