package io.plantaris.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.exceptions.ConnectionFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Which connect failures stop retrying, fall back to MQTT 3.1.1, or retry with backoff. */
class ConnectFailureTest {

  @Test
  void refusedTcpConnectIsRetried() {
    Throwable refused = new ConnectionFailedException(new ConnectException("Connection refused"));
    assertThat(ConnectFailure.classify(refused)).isEqualTo(ConnectFailure.TRANSIENT);
    assertThat(ConnectFailure.reason(refused)).contains("ConnectionFailedException");
  }

  @Test
  void unknownCauseIsRetried() {
    assertThat(ConnectFailure.classify(null)).isEqualTo(ConnectFailure.TRANSIENT);
    assertThat(ConnectFailure.reason(null)).isEqualTo("unknown");
  }
}
