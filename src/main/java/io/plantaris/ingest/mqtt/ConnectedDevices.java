package io.plantaris.ingest.mqtt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices the broker let in, with the secret each logged in with, so that a revoked or replaced
 * secret can be noticed while the device stays connected.
 */
final class ConnectedDevices {
  /** A login younger than this may not be connected yet: it is not forgotten for that. */
  private static final long SETTLE_MILLIS = 30_000;

  /** One admitted CONNECT; identity, not content, tells two logins of one device apart. */
  record Login(String deviceId, byte[] secret, long atMillis) {}

  private final Map<String, Login> logins = new ConcurrentHashMap<>();

  void admitted(String deviceId, byte[] secret) {
    logins.put(deviceId, new Login(deviceId, secret.clone(), System.currentTimeMillis()));
  }

  List<Login> logins() {
    return List.copyOf(logins.values());
  }

  void forget(Login login) {
    logins.remove(login.deviceId(), login);
  }

  /** Forgets {@code login} once the broker says its client is gone (a later login stays). */
  void forgetIfGone(Login login, CompletableFuture<Boolean> isConnected) {
    if (System.currentTimeMillis() - login.atMillis() < SETTLE_MILLIS) {
      return;
    }
    isConnected.thenAccept(
        up -> {
          if (!up) {
            forget(login);
          }
        });
  }
}
