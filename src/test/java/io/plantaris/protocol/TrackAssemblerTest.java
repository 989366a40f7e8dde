package io.plantaris.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackAssemblerTest {

  private static Descriptor kpaDescriptor() {
    return new Descriptor(
        "R-7",
        1,
        0,
        0,
        0x1234L,
        Side.RIGHT,
        100,
        270,
        12,
        PressureUnit.KILOPASCAL,
        List.of(
            new DescriptorCell(-120, 355, PlantarRegion.HEEL_MEDIAL, 200, 0.5f, 10f, 4095),
            new DescriptorCell(50, 2000, PlantarRegion.HALLUX, 0, 2f, 0f, 4095)),
        true,
        true,
        8,
        2000);
  }

  @Test
  void descriptorBecomesASensorLayoutInMillimetres() {
    SensorLayout layout = Calibration.of(kpaDescriptor()).layout();
    assertThat(layout.deviceId()).isEqualTo("R-7");
    assertThat(layout.side()).isEqualTo(Side.RIGHT);
    assertThat(layout.sampleRateHz()).isEqualTo(100.0);
    assertThat(layout.insoleLengthMm()).isEqualTo(270.0);
    assertThat(layout.cells().get(0).xMm()).isCloseTo(-12.0, within(1e-9));
    assertThat(layout.cells().get(0).yMm()).isCloseTo(35.5, within(1e-9));
    assertThat(layout.cells().get(1).region()).isEqualTo(PlantarRegion.HALLUX);
    assertThat(layout.hasAccelerometer()).isTrue();
    assertThat(layout.hasGyroscope()).isTrue();
  }

  @Test
  void calibratesCellsAndImuIntoPhysicalUnits() {
    Calibration cal = Calibration.of(kpaDescriptor());
    SampleBatch batch =
        new SampleBatch(
            2,
            2,
            true,
            true,
            10_000,
            new int[] {410, 100, SampleBatch.DROPOUT, 0},
            new short[] {4096, -4096, 0, 0, 0, 0},
            new short[] {16384, 0, -32768, 0, 0, 0});
    InsoleSample s = new InsoleSample(2);
    cal.fill(batch, 0, 123, s);
    assertThat(s.timeMicros).isEqualTo(123);
    // 0.5 * (410 - 10) = 200 kPa over 200 mm2 = 40 N
    assertThat(s.cellNewtons[0]).isCloseTo(40f, within(1e-4f));
    // area unknown: the kPa value is kept, 2 * 100 = 200
    assertThat(s.cellNewtons[1]).isCloseTo(200f, within(1e-4f));
    // 4096 / 32768 * 8 g = 1 g
    assertThat(s.accelXG).isCloseTo(1f, within(1e-6f));
    assertThat(s.accelYG).isCloseTo(-1f, within(1e-6f));
    assertThat(s.gyroXDps).isCloseTo(1000f, within(1e-3f));
    assertThat(s.gyroZDps).isCloseTo(-2000f, within(1e-3f));
    cal.fill(batch, 1, 10_123, s);
    assertThat(s.cellNewtons[0]).isNaN(); // drop-out, not zero
    assertThat(s.cellNewtons[1]).isZero();
  }

  @Test
  void wireStreamBecomesATrackWithUnwrappedStrictlyIncreasingTimes() {
    Descriptor d = TestFrames.descriptor(0xCAFEL);
    long start = 0xFFFF_FFFFL - 60_000; // the device clock wraps during the second frame
    byte[] wire =
        TestFrames.concat(
            // a batch before the descriptor (host attached mid-stream) is held, then calibrated
            FrameEncoder.encodeWire(Frame.of(100, start, TestFrames.samples(5, 0))),
            FrameEncoder.encodeWire(Frame.of(101, start + 50_000, d)),
            FrameEncoder.encodeWire(Frame.of(102, start + 50_000, TestFrames.samples(5, 1))),
            FrameEncoder.encodeWire(Frame.of(102, start + 50_000, TestFrames.samples(5, 1))),
            // seq 103 lost; the clock has wrapped
            FrameEncoder.encodeWire(
                Frame.of(104, (start + 150_000) & 0xFFFF_FFFFL, TestFrames.samples(5, 3))));

    WireTrackReader.Result r = WireTrackReader.read(wire);

    Track track = r.track();
    assertThat(track.size()).isEqualTo(15);
    assertThat(track.timeMicros()[0]).isEqualTo(start);
    assertThat(track.timeMicros()[5]).isEqualTo(start + 50_000);
    assertThat(track.timeMicros()[14]).isEqualTo(start + 150_000 + 40_000);
    assertThat(track.layout().cellCount()).isEqualTo(16);
    // raw 97 of cell 1 in sample 0: 0.05 * (97 - 20) N
    assertThat(track.cellNewtons()[0][1]).isCloseTo(3.85f, within(1e-4f));
    assertThat(track.accelG()[0][1]).isCloseTo(-301 * 8 / 32768f, within(1e-6f));
    assertThat(r.link().duplicates()).isEqualTo(1);
    assertThat(r.link().lostFrames()).isEqualTo(1);
    assertThat(r.decode().framesOk()).isEqualTo(5);
    assertThat(r.samplesSkipped()).isZero();
  }

  @Test
  void samplesAfterARebootNeverLandBeforeEarlierOnes() {
    byte[] wire =
        TestFrames.concat(
            FrameEncoder.encodeWire(Frame.of(0, 0, TestFrames.descriptor(1))),
            FrameEncoder.encodeWire(Frame.of(1, 5_000_000, TestFrames.samples(5, 1))),
            FrameEncoder.encodeWire(Frame.of(0, 100, TestFrames.descriptor(2))),
            FrameEncoder.encodeWire(Frame.of(1, 1_000, TestFrames.samples(5, 2))));

    WireTrackReader.Result r = WireTrackReader.read(wire);

    long[] t = r.track().timeMicros();
    assertThat(t).hasSize(10);
    // the new boot starts 1 us after the last old sample (5.04 s); its frame is at 1 ms
    assertThat(t[5]).isEqualTo(5_040_000 + 1 + 1_000);
    assertThat(r.link().reboots()).isEqualTo(1);
  }

  @Test
  void noDescriptorMeansNoTrackAndEverySampleIsCountedSkipped() {
    WireTrackReader.Result r =
        WireTrackReader.read(FrameEncoder.encodeWire(Frame.of(1, 0, TestFrames.samples(5, 1))));
    assertThat(r.track()).isNull();
    assertThat(r.samplesSkipped()).isEqualTo(5);
  }

  @Test
  void imuValuesTheDescriptorDoesNotAnnounceAreIgnoredNotReadAsZero() {
    Descriptor d = kpaDescriptor();
    Descriptor pressureOnly =
        new Descriptor(
            d.deviceId(),
            1,
            0,
            0,
            d.bootId(),
            d.side(),
            100,
            270,
            12,
            d.unit(),
            d.cells(),
            false,
            false,
            0,
            0);
    TrackCollector out = new TrackCollector();
    TrackAssembler a = new TrackAssembler(out);
    a.onFrame(Frame.of(0, 0, pressureOnly));
    // PROTOCOL.md 3.2: flags say accel + gyro, the descriptor none: no range to scale them by
    short[] imu = {100, 200, 16384};
    a.onFrame(
        Frame.of(0, 0, new SampleBatch(1, 2, true, true, 10_000, new int[] {500, 600}, imu, imu)));
    Track t = out.track();
    assertThat(t.size()).isEqualTo(1);
    assertThat(t.accelG()).isNull();
    InsoleSample s = new InsoleSample(2);
    t.fill(0, s);
    assertThat(s.hasAccel).isFalse();
    assertThat(s.hasGyro).isFalse();
  }
}
