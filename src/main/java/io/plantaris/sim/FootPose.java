package io.plantaris.sim;

/**
 * What one foot is doing at one instant: its pitch, the vertical force under it and how that force
 * is shared between the regions of the sole.
 *
 * @param pitchDegrees foot pitch, positive with the heel up (toes down)
 * @param loadNewtons vertical force under this foot, excluding any impact
 * @param heelShare share of {@code loadNewtons} under the heel (the four shares sum to 1)
 * @param heelImpactNewtons extra transient force on the heel from an impact
 * @param impactAccelG extra vertical acceleration from an impact
 * @param linearAccelXG forward acceleration of the foot (walking), g
 */
record FootPose(
    double pitchDegrees,
    double loadNewtons,
    double heelShare,
    double midfootShare,
    double forefootShare,
    double toeShare,
    double heelImpactNewtons,
    double impactAccelG,
    double linearAccelXG) {}
