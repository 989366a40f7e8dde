package io.plantaris.sim;

import io.plantaris.insole.Recording;

/** A simulated recording together with the ground truth of what the person did. */
public record SimulationResult(SimulationConfig config, Recording recording, GroundTruth truth) {}
