package io.plantaris.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid frame survives encode then decode unchanged, and re-encodes to the same bytes. */
class RoundTripTest {

  @Property(tries = 500)
  void encodeDecodeIsIdentity(@ForAll("frames") Frame frame) throws Exception {
    byte[] wire = FrameEncoder.encodeWire(frame);
    assertThat(wire).containsOnlyOnce((byte) 0);
    Frame decoded = FrameDecoder.decodeEncoded(wire, 0, wire.length - 1);
    assertThat(decoded).isEqualTo(frame);
    assertThat(FrameEncoder.encodeWire(decoded)).isEqualTo(wire);
  }

  @Provide
  Arbitrary<Frame> frames() {
    Arbitrary<Message> message =
        Arbitraries.oneOf(
            samples(),
            descriptors(),
            statuses(),
            markers(),
            Arbitraries.just(new DescriptorRequest()));
    return Combinators.combine(
            Arbitraries.integers().between(0, 0xFFFF),
            Arbitraries.longs().between(0, 0xFFFF_FFFFL),
            message)
        .as(Frame::of);
  }

  private Arbitrary<Message> samples() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(0, 16),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 0xFFFF),
            Arbitraries.randoms())
        .as(
            (count, cells, flags, interval, random) -> {
              int[] c = random.ints(count * cells, 0, 0x10000).toArray();
              short[] a = new short[count * 3];
              short[] g = new short[count * 3];
              for (int i = 0; i < a.length; i++) {
                a[i] = (short) random.nextInt();
                g[i] = (short) random.nextInt();
              }
              boolean acc = (flags & 1) != 0;
              boolean gyr = (flags & 2) != 0;
              return new SampleBatch(
                  count, cells, acc, gyr, interval, c, acc ? a : null, gyr ? g : null);
            });
  }

  private Arbitrary<Message> descriptors() {
    Arbitrary<DescriptorCell> cell =
        Combinators.combine(
                Arbitraries.integers().between(-32768, 32767),
                Arbitraries.integers().between(-32768, 32767),
                Arbitraries.of(PlantarRegion.class),
                Arbitraries.integers().between(0, 0xFFFF),
                Arbitraries.floats().between(-100f, 100f),
                Arbitraries.floats().between(-5000f, 5000f),
                Arbitraries.integers().between(0, 0xFFFF))
            .as(DescriptorCell::new);
    return Combinators.combine(
            Arbitraries.strings().withChars("abcXYZ019_-").ofMinLength(1).ofMaxLength(32),
            Arbitraries.longs().between(0, 0xFFFF_FFFFL),
            Arbitraries.of(Side.class),
            Arbitraries.integers().between(1, 1000),
            Arbitraries.of(PressureUnit.class),
            cell.list().ofMaxSize(56), // 64 cells do not fit in 1024 bytes
            Arbitraries.of(2, 4, 8, 16),
            Arbitraries.integers().between(125, 4000))
        .as(
            (id, boot, side, rate, unit, cells, accel, gyro) ->
                new Descriptor(
                    id,
                    1,
                    0,
                    9,
                    boot,
                    side,
                    rate,
                    250,
                    12,
                    unit,
                    List.copyOf(cells),
                    true,
                    rate % 2 == 0,
                    accel,
                    gyro));
  }

  private Arbitrary<Message> statuses() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 0xFFFF),
            Arbitraries.integers().between(0, 100),
            Arbitraries.longs().between(0, 0xFFFF_FFFFL),
            Arbitraries.integers().between(-32768, 32767),
            Arbitraries.integers().between(0, 255))
        .as(Status::new);
  }

  private Arbitrary<Message> markers() {
    return Combinators.combine(
            Arbitraries.of(MarkerKind.class), Arbitraries.integers().between(0, 0xFFFF))
        .as(Marker::new);
  }
}
