package io.plantaris.sim;

import io.plantaris.insole.Side;

/** A pressure cell that stops reporting (NaN) from {@code startMillis} to the end. */
public record CellDropout(Side side, int cell, long startMillis) {
  public CellDropout {
    if (side != Side.LEFT && side != Side.RIGHT) {
      throw new IllegalArgumentException("dropout side must be LEFT or RIGHT, was " + side);
    }
    if (cell < 1) {
      throw new IllegalArgumentException("cell numbers start at 1, was " + cell);
    }
  }
}
