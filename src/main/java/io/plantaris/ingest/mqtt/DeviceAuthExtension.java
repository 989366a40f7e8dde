package io.plantaris.ingest.mqtt;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.auth.ModifiableDefaultPermissions;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.connect.ConnectPacket;
import com.hivemq.extension.sdk.api.packets.disconnect.DisconnectReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import com.hivemq.extension.sdk.api.services.session.ClientService;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-insole logins on the embedded broker: a device connects with its id as user name, the same id
 * as client id and its own secret, and may then publish and subscribe only under {@code
 * {prefix}/{its id}/}; the service logs in with a secret made for this run, under its own client id
 * that nobody else may use, and may use every device's topics. Anyone else is refused at CONNECT,
 * and the refusal is counted by reason. A connected device whose secret is revoked or replaced is
 * disconnected within {@link #REVOCATION_CHECK_MILLIS}.
 */
public final class DeviceAuthExtension implements ExtensionMain {
  private static final Logger log = LoggerFactory.getLogger(DeviceAuthExtension.class);

  /** Checks one device's secret; must be quick (it runs for every CONNECT). */
  @FunctionalInterface
  public interface DeviceSecrets {
    boolean verify(String deviceId, byte[] secret);
  }

  /** The service's own user name; {@code $} cannot occur in a device id, so none can take it. */
  public static final String SERVICE_USER = "$plantaris-service";

  /** How often connected devices' secrets are checked again; a revoked one is cut off by then. */
  public static final long REVOCATION_CHECK_MILLIS = 1_000;

  private final DeviceSecrets devices;
  private final byte[] serviceSecret;
  private final String serviceClientId;
  private final String topicPrefix;
  private final Map<LoginRefusal, AtomicLong> refused = new EnumMap<>(LoginRefusal.class);
  private final AtomicLong revoked = new AtomicLong();
  private final ConnectedDevices connected = new ConnectedDevices();
  private volatile ScheduledFuture<?> sweep;

  /**
   * @param serviceClientId the service's client id: only the service's own login may use it
   */
  public DeviceAuthExtension(
      DeviceSecrets devices, String serviceSecret, String serviceClientId, String topicPrefix) {
    MqttTopics.validatePrefix(topicPrefix);
    if (serviceSecret == null || serviceSecret.length() < 16) {
      throw new IllegalArgumentException("the service's broker secret must have 16+ characters");
    }
    if (serviceClientId == null || serviceClientId.isBlank()) {
      throw new IllegalArgumentException("the service's client id must not be blank");
    }
    this.devices = devices;
    this.serviceSecret = serviceSecret.getBytes(StandardCharsets.UTF_8);
    this.serviceClientId = serviceClientId;
    this.topicPrefix = topicPrefix;
    for (LoginRefusal r : LoginRefusal.values()) {
      refused.put(r, new AtomicLong());
    }
  }

  /** This extension packaged for {@link EmbeddedBroker}. */
  public EmbeddedExtension embedded() {
    return EmbeddedExtension.builder()
        .withId("plantaris-device-auth")
        .withName("Plantaris per-insole credentials")
        .withVersion("1")
        .withExtensionMain(this)
        .build();
  }

  /** CONNECTs refused since start, for every reason. */
  public long refusedConnects() {
    return refused.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** CONNECTs refused since start for {@code reason}. */
  public long refusedConnects(LoginRefusal reason) {
    return refused.get(reason).get();
  }

  /** Connected devices cut off because their secret was revoked or replaced. */
  public long revokedDisconnects() {
    return revoked.get();
  }

  private volatile BrokerGate gate;

  /** Devices are also refused while {@code gate} keeps them out (the service is starting). */
  public void gate(BrokerGate gate) {
    this.gate = gate;
  }

  @Override
  public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
    SimpleAuthenticator auth = this::authenticate;
    Services.securityRegistry().setAuthenticatorProvider(i -> auth);
    sweep =
        Services.extensionExecutorService()
            .scheduleWithFixedDelay(
                this::disconnectRevoked,
                REVOCATION_CHECK_MILLIS,
                REVOCATION_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
  }

  @Override
  public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {
    ScheduledFuture<?> s = sweep;
    if (s != null) {
      s.cancel(false);
    }
  }

  private void authenticate(SimpleAuthInput input, SimpleAuthOutput output) {
    ConnectPacket c = input.getConnectPacket();
    String user = c.getUserName().orElse(null);
    byte[] secret = c.getPassword().map(DeviceAuthExtension::bytes).orElse(null);
    String clientId = c.getClientId();
    ModifiableDefaultPermissions p = output.getDefaultPermissions();
    p.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
    boolean service =
        SERVICE_USER.equals(user) && secret != null && MessageDigest.isEqual(secret, serviceSecret);
    boolean device =
        !service && user != null && !user.startsWith("$") && devices.verify(user, secret);
    if (!service && !device) {
      refuse(output, clientId, user, LoginRefusal.BAD_CREDENTIALS);
    } else if (serviceClientId.equals(clientId) != service) {
      // The service's persistent session holds every insole's data: whoever takes its client id
      // takes the session, so only the service may use it (and the service only that one).
      refuse(output, clientId, user, LoginRefusal.RESERVED_CLIENT_ID);
    } else if (!service && gate != null && !gate.admits(clientId)) {
      output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, BrokerGuard.GATE_CLOSED);
    } else if (service) {
      p.add(allow(topicPrefix + "/#"));
      output.authenticateSuccessfully();
    } else if (!user.equals(clientId)) {
      // a device's session is its own: its client id is the id it authenticated as
      refuse(output, clientId, user, LoginRefusal.CLIENT_ID_NOT_DEVICE_ID);
    } else {
      p.add(allow(topicPrefix + "/" + user + "/#"));
      connected.admitted(clientId, secret);
      output.authenticateSuccessfully();
    }
  }

  private void refuse(SimpleAuthOutput output, String clientId, String user, LoginRefusal why) {
    refused.get(why).incrementAndGet();
    log.warn(
        "MQTT login refused for client '{}' as '{}': {}",
        clientId,
        user == null ? "(anonymous)" : user,
        user == null ? "no user name" : why.words);
    output.failAuthentication(why.code, why.words);
  }

  /** Cuts off connected devices whose secret no longer verifies (revoked or issued anew). */
  private void disconnectRevoked() {
    try {
      ClientService clients = Services.clientService();
      for (ConnectedDevices.Login login : connected.logins()) {
        if (devices.verify(login.deviceId(), login.secret())) {
          connected.forgetIfGone(login, clients.isClientConnected(login.deviceId()));
          continue;
        }
        connected.forget(login);
        clients
            .disconnectClient(
                login.deviceId(), false, DisconnectReasonCode.NOT_AUTHORIZED, "credentials revoked")
            .thenAccept(
                was -> {
                  if (was) {
                    revoked.incrementAndGet();
                    log.warn(
                        "MQTT device '{}' disconnected: its secret was revoked", login.deviceId());
                  }
                });
      }
    } catch (RuntimeException e) {
      log.warn("checking connected devices' secrets failed: {}", e.toString());
    }
  }

  private static TopicPermission allow(String filter) {
    return Builders.topicPermission()
        .topicFilter(filter)
        .type(TopicPermission.PermissionType.ALLOW)
        .activity(TopicPermission.MqttActivity.ALL)
        .build();
  }

  private static byte[] bytes(ByteBuffer b) {
    ByteBuffer d = b.duplicate();
    byte[] out = new byte[d.remaining()];
    d.get(out);
    return out;
  }
}
