package io.plantaris.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.insole.Side;
import org.junit.jupiter.api.Test;

class GroundTruthJsonTest {

  @Test
  void truthRoundTripsAndUsesTheAgreedFieldNames() throws Exception {
    SimulationConfig c =
        Scenario.FAULTS_SET
            .builder(3)
            .cellDropout(new CellDropout(Side.LEFT, 3, 20_000))
            .packetLoss(new PacketLoss(30_000, 30_200))
            .build();
    GroundTruth truth = VirtualInsole.simulate(c).truth();
    String json = GroundTruthJson.toJson(truth);
    assertThat(GroundTruthJson.fromJson(json)).isEqualTo(truth);
    assertThat(json)
        .contains("\"seed\" : 3", "\"scenario\" : \"faults-set\"", "\"layout\" : \"moticon16-imu\"")
        .contains("\"sampleRateHz\" : 100,", "\"upMillis\" : 3000", "\"targetReps\" : 12")
        .contains("\"deviceId\" : \"SIM-L-0001\"", "\"upStartMillis\"", "\"downEndMillis\"")
        .contains("\"peakPitchDegrees\"", "\"peakHeightMm\"", "\"TOO_FAST_UP\"", "\"BOTH\"")
        .contains("\"kind\" : \"CELL_DROPOUT\"", "\"cell\" : 3", "\"kind\" : \"PACKET_LOSS\"")
        .doesNotContain("allReps", "null");
  }
}
