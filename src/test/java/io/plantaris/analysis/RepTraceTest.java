package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The phase marks of docs/phases.md read off a rep's own curve, as a biomechanist reads them. */
class RepTraceTest {
  private static final double FS = 100;

  /** Even 2 s rise from 0 to 20 degrees at t = 1 s, top until 5 s, even 2 s lowering. */
  private static double pitch(double t, double sway) {
    if (t < 1) {
      return 0;
    }
    if (t < 3) {
      return 10 * (t - 1);
    }
    if (t < 5) {
      return 20 + sway * Math.sin(2 * Math.PI * 2.5 * (t - 3));
    }
    if (t < 7) {
      return 20 - 10 * (t - 5);
    }
    return 0;
  }

  private static RepTrace trace(double sway, double fromSeconds) {
    RepTrace r = new RepTrace(FS, 30);
    for (int i = (int) (fromSeconds * FS); i < 9 * FS; i++) {
      r.add(Math.round(i * 1e6 / FS), pitch(i / FS, sway));
    }
    return r;
  }

  @Test
  void marksAreWhereTheCurveCrossesTenPercentOfItsRange() {
    RepTrace r = trace(0, 0);
    assertThat(r.read(0, Double.NaN, 20, Long.MIN_VALUE, 8_000_000)).isTrue();
    // 10 % of 20 degrees is 2 degrees: 0.2 s into the rise and 0.2 s before its end
    assertThat(r.upStart / 1000.0).isCloseTo(1200, within(5.0));
    assertThat(r.holdStart / 1000.0).isCloseTo(2800, within(5.0));
    assertThat(r.downStart / 1000.0).isCloseTo(5200, within(5.0));
    assertThat(r.downEnd / 1000.0).isCloseTo(6800, within(5.0));
  }

  @Test
  void swayWithinTheTopBandDoesNotShortenTheHold() {
    // 1.5 degrees of sway at 2.5 Hz dips below the peak's 10 % band between its first entry and
    // its last exit: the hold still runs from one to the other
    RepTrace r = trace(1.5, 0);
    assertThat(r.read(0, Double.NaN, 21.5, Long.MIN_VALUE, 8_000_000)).isTrue();
    assertThat(r.holdStart / 1000.0).isBetween(2900.0, 3100.0);
    assertThat(r.downStart / 1000.0).isBetween(4900.0, 5100.0);
  }

  @Test
  void swayAsLargeAsTheRepIsReadOffTheSmoothedCurve() {
    // over a step edge on cells alone the toes' sway at the top moves the signal nearly as far as
    // the rep: here it dips to 1 of the rise's 20 at 2.5 Hz. On the raw curve the lowering "ends"
    // at the top's last dip, 1.9 s early; smoothed over 0.6 s the rep is where it was
    RepTrace raw = trace(19, 0);
    assertThat(raw.read(0, Double.NaN, 39, Long.MIN_VALUE, 8_000_000)).isTrue();
    assertThat(raw.downEnd / 1000.0).isLessThan(5000);
    RepTrace r = trace(19, 0);
    assertThat(r.readSmoothed(0, Double.NaN, Long.MIN_VALUE, 8_000_000, 600_000)).isTrue();
    assertThat(r.smoothedRange).isBetween(20.0, 26.0);
    assertThat(r.upStart / 1000.0).isCloseTo(1250, within(100.0));
    assertThat(r.downEnd / 1000.0).isCloseTo(6750, within(100.0));
    assertThat(r.holdStart).isLessThan(r.downStart);
  }

  @Test
  void aRepWhoseStartIsNotInTheTraceHasNoMarks() {
    RepTrace r = trace(0, 2);
    assertThat(r.read(0, Double.NaN, 20, Long.MIN_VALUE, 8_000_000)).isFalse();
  }

  @Test
  void aRepNotYetBackDownHasNoMarks() {
    RepTrace r = new RepTrace(FS, 30);
    for (int i = 0; i < 6 * FS; i++) {
      r.add(Math.round(i * 1e6 / FS), pitch(i / FS, 0));
    }
    assertThat(r.read(0, Double.NaN, 20, Long.MIN_VALUE, 6_000_000)).isFalse();
  }

  @Test
  void theTraceBeforeThePreviousRepEndIsNotSearched() {
    RepTrace r = trace(0, 0);
    assertThat(r.read(0, Double.NaN, 20, 1_500_000, 8_000_000)).isFalse();
  }

  @Test
  void aFootThatSettlesHigherEndsItsLoweringAboveWhereItCameToRest() {
    // lowered only to 3 degrees (set down on a fold of the towel): the lowering ends 10 % of its
    // own 17 degrees above that, at 4.7 degrees, 1.53 s into a lowering of 10 degrees a second
    RepTrace r = new RepTrace(FS, 30);
    for (int i = 0; i < 9 * FS; i++) {
      double t = i / FS;
      r.add(Math.round(i * 1e6 / FS), t < 5 ? pitch(t, 0) : Math.max(3, pitch(t, 0)));
    }
    assertThat(r.read(0, 3, 20, Long.MIN_VALUE, 8_000_000)).isTrue();
    assertThat(r.downEnd / 1000.0).isCloseTo(6530, within(5.0));
    assertThat(r.read(0, Double.NaN, 20, Long.MIN_VALUE, 8_000_000)).isFalse();
  }

  @Test
  void aRepRisingFromHigherThanTheLearntLevelIsMarkedFromWhereItStood() {
    // the tracker's level is 0, but after the previous rep the foot came to rest at 4 degrees and
    // rose from there to 20: 10 % of 16 degrees above 4 is 5.6 degrees, 0.56 s into the rise
    RepTrace r = new RepTrace(FS, 30);
    for (int i = 0; i < 9 * FS; i++) {
      double t = i / FS;
      double settling = t < 0.5 ? 6 - 4 * t : 4;
      r.add(Math.round(i * 1e6 / FS), Math.max(settling, pitch(t, 0)));
    }
    assertThat(r.read(0, 4, 20, 0, 8_000_000)).isTrue();
    assertThat(r.upStart / 1000.0).isCloseTo(1560, within(5.0));
    assertThat(r.downEnd / 1000.0).isCloseTo(6440, within(5.0));
  }

  @Test
  void aHeelFlickedUpIsAJoltEvenWhenItIsLoweredSlower() {
    // up 0 -> 20 degrees in 0.15 s, a second at the top, down in 0.4 s: a walk's turn, not a rise
    RepTrace r = new RepTrace(FS, 30);
    for (int i = 0; i < 5 * FS; i++) {
      double t = i / FS;
      double v =
          t < 1
              ? 0
              : t < 1.15 ? 20 * (t - 1) / 0.15 : t < 2.15 ? 20 : Math.max(0, 20 - 50 * (t - 2.15));
      r.add(Math.round(i * 1e6 / FS), v);
    }
    assertThat(r.read(0, Double.NaN, 20, Long.MIN_VALUE, 4_000_000)).isTrue();
    assertThat(r.jolt(250_000)).isTrue();
  }

  @Test
  void aControlledRepIsNoJolt() {
    RepTrace r = trace(0, 0);
    assertThat(r.read(0, Double.NaN, 20, Long.MIN_VALUE, 8_000_000)).isTrue();
    assertThat(r.jolt(250_000)).isFalse();
  }
}
