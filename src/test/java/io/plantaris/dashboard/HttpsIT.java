package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.access.JsonUserStore;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.http.HttpTls;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service over HTTPS with a key store made by the JDK's keytool: pages and API answer over TLS
 * only, and the session cookie is marked Secure without being told.
 */
class HttpsIT {
  private static final String STORE_PASSWORD = "changeit-123";

  @TempDir Path dir;

  @Test
  void theServiceAnswersOverTlsOnlyAndItsSessionCookieIsSecure() throws Exception {
    Path keyStore = dir.resolve("server.p12");
    keytool(keyStore);
    Path registryFile = dir.resolve("registry.json");
    ProgrammeRegistry r = TestRegistry.at(registryFile);
    r.addClinician(new Clinician("c1", "Dr One"));
    r.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    new JsonUserStore(JsonUserStore.besideRegistry(registryFile))
        .add(
            new User(
                "cara", Role.CLINICIAN, "c1", new PasswordHasher().hash("pw-pw-pw".toCharArray())));
    ServiceConfig cfg =
        new ServiceConfig(
                null,
                null,
                List.of(),
                null,
                IngestConfig.defaults(),
                "127.0.0.1",
                0,
                null,
                new DashboardConfig(registryFile, null, null, true))
            .withHttpTls(new HttpTls(keyStore, STORE_PASSWORD));
    try (PlantarisService service = PlantarisService.start(cfg, List.of())) {
      HttpClient https = HttpClient.newBuilder().sslContext(trusting(keyStore)).build();
      String base = "https://127.0.0.1:" + service.httpPort();
      HttpResponse<String> health =
          https.send(
              HttpRequest.newBuilder(URI.create(base + "/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      // browsers that came once over TLS never try plain HTTP again for a year
      assertThat(health.headers().firstValue("Strict-Transport-Security"))
          .hasValue("max-age=31536000");
      HttpResponse<String> login =
          https.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"user\":\"cara\",\"password\":\"pw-pw-pw\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.headers().firstValue("Set-Cookie").orElse(""))
          .contains("HttpOnly")
          .contains("Secure");

      HttpClient plain = HttpClient.newHttpClient();
      String plainBase = "http://127.0.0.1:" + service.httpPort();
      assertThatThrownBy(
              () -> {
                HttpResponse<String> res =
                    plain.send(
                        HttpRequest.newBuilder(URI.create(plainBase + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) {
                  throw new IOException("plain HTTP refused with " + res.statusCode());
                }
              })
          .as("plain HTTP on the HTTPS port")
          .isInstanceOf(IOException.class);
    }
  }

  private static void keytool(Path keyStore) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "plantaris",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                STORE_PASSWORD)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("keytool: " + out).isZero();
  }

  private static SSLContext trusting(Path keyStore) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(keyStore.toFile())) {
      ks.load(in, STORE_PASSWORD.toCharArray());
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }
}
