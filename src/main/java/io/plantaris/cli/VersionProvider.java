package io.plantaris.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = PlantarisCli.class.getPackage().getImplementationVersion();
    return new String[] {"plantaris " + (v == null ? "dev" : v)};
  }
}
