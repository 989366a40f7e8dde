package io.plantaris.cli;

import io.plantaris.health.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Reports the version the build stamped into the jar ("dev" when run from unfiltered classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"plantaris " + BuildInfo.version()};
  }
}
