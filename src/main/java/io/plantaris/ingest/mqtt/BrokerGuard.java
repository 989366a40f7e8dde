package io.plantaris.ingest.mqtt;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.events.client.ClientLifecycleEventListener;
import com.hivemq.extension.sdk.api.events.client.parameters.AuthenticationSuccessfulInput;
import com.hivemq.extension.sdk.api.events.client.parameters.ConnectionStartInput;
import com.hivemq.extension.sdk.api.events.client.parameters.DisconnectEventInput;
import com.hivemq.extension.sdk.api.events.client.parameters.ServerInitiatedDisconnectInput;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.general.DisconnectedReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Always part of the embedded broker: counts and logs the clients it throws out for a packet above
 * its maximum size (which it never acknowledges), then starts the configured extension, if any
 * (per-insole logins, or a test's).
 */
final class BrokerGuard implements ExtensionMain {
  private static final Logger log = LoggerFactory.getLogger(BrokerGuard.class);
  static final String GATE_CLOSED = "the service is starting; try again shortly";

  private final ExtensionMain inner;
  private final BrokerGate gate;
  private final AtomicLong tooLarge = new AtomicLong();

  BrokerGuard(ExtensionMain inner, BrokerGate gate) {
    this.inner = inner;
    this.gate = gate;
  }

  long packetsTooLarge() {
    return tooLarge.get();
  }

  @Override
  public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
    ClientLifecycleEventListener listener = new Disconnects();
    Services.eventRegistry().setClientLifecycleEventListener(i -> listener);
    if (inner == null) {
      // the only authenticator: the gate (with device logins, DeviceAuthExtension asks the gate)
      SimpleAuthenticator auth =
          (input, output) -> {
            if (gate.admits(input.getConnectPacket().getClientId())) {
              output.authenticateSuccessfully();
            } else {
              output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, GATE_CLOSED);
            }
          };
      Services.securityRegistry().setAuthenticatorProvider(i -> auth);
    }
    if (inner != null) {
      inner.extensionStart(in, out);
    }
  }

  @Override
  public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {
    if (inner != null) {
      inner.extensionStop(in, out);
    }
  }

  private final class Disconnects implements ClientLifecycleEventListener {
    @Override
    public void onMqttConnectionStart(ConnectionStartInput in) {}

    @Override
    public void onAuthenticationSuccessful(AuthenticationSuccessfulInput in) {}

    @Override
    public void onDisconnect(DisconnectEventInput in) {}

    @Override
    public void onServerInitiatedDisconnect(ServerInitiatedDisconnectInput in) {
      if (in.getReasonCode().orElse(null) == DisconnectedReasonCode.PACKET_TOO_LARGE) {
        tooLarge.incrementAndGet();
        log.warn(
            "MQTT client '{}' from {} disconnected: it sent a packet above the broker's maximum",
            in.getClientInformation().getClientId(),
            in.getConnectionInformation().getInetAddress().map(Object::toString).orElse("?"));
      }
    }
  }
}
