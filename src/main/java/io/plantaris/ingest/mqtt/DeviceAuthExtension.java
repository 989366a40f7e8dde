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
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-insole logins on the embedded broker: a device connects with its id as user name and its own
 * secret, and may then publish and subscribe only under {@code {prefix}/{its id}/}; the service
 * logs in with a secret made for this run and may use every device's topics. Anyone else is refused
 * at CONNECT with "bad user name or password", and the refusal is counted.
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

  private final DeviceSecrets devices;
  private final byte[] serviceSecret;
  private final String topicPrefix;
  private final AtomicLong refused = new AtomicLong();

  public DeviceAuthExtension(DeviceSecrets devices, String serviceSecret, String topicPrefix) {
    MqttTopics.validatePrefix(topicPrefix);
    if (serviceSecret == null || serviceSecret.length() < 16) {
      throw new IllegalArgumentException("the service's broker secret must have 16+ characters");
    }
    this.devices = devices;
    this.serviceSecret = serviceSecret.getBytes(StandardCharsets.UTF_8);
    this.topicPrefix = topicPrefix;
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

  /** CONNECTs refused since start: unknown devices, wrong secrets, anonymous clients. */
  public long refusedConnects() {
    return refused.get();
  }

  @Override
  public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
    SimpleAuthenticator auth = this::authenticate;
    Services.securityRegistry().setAuthenticatorProvider(i -> auth);
  }

  @Override
  public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {}

  private void authenticate(SimpleAuthInput input, SimpleAuthOutput output) {
    ConnectPacket c = input.getConnectPacket();
    String user = c.getUserName().orElse(null);
    byte[] secret = c.getPassword().map(DeviceAuthExtension::bytes).orElse(null);
    ModifiableDefaultPermissions p = output.getDefaultPermissions();
    p.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
    if (SERVICE_USER.equals(user)
        && secret != null
        && MessageDigest.isEqual(secret, serviceSecret)) {
      p.add(allow(topicPrefix + "/#"));
      output.authenticateSuccessfully();
    } else if (user != null && !user.startsWith("$") && devices.verify(user, secret)) {
      p.add(allow(topicPrefix + "/" + user + "/#"));
      output.authenticateSuccessfully();
    } else {
      refused.incrementAndGet();
      log.warn(
          "MQTT login refused for client '{}' as '{}': {}",
          c.getClientId(),
          user == null ? "(anonymous)" : user,
          user == null ? "no user name" : "unknown device or wrong secret");
      output.failAuthentication(
          ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "unknown device or wrong secret");
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
