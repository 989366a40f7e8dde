package io.plantaris.eval;

import io.plantaris.insole.Recording;
import io.plantaris.sim.GroundTruth;

/** One recording with the ground truth of what was done in it. */
public record EvalCase(String name, Recording recording, GroundTruth truth) {}
