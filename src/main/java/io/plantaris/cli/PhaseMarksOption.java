package io.plantaris.cli;

import io.plantaris.analysis.AnalysisConfig;
import picocli.CommandLine.Option;

/** The phase timing of {@code analyze} and {@code evaluate}: at the marks, or by the rise rate. */
final class PhaseMarksOption {
  @Option(
      names = "--phase-marks",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "time the phases at the 10 %% marks of the rep's own curve (docs/phases.md), the"
              + " default; --no-phase-marks: by the rise rate, as before")
  boolean phaseMarks = true;

  /** The analysis defaults with this timing. */
  AnalysisConfig config() {
    return AnalysisConfig.defaults().withPhaseMarks(phaseMarks);
  }
}
