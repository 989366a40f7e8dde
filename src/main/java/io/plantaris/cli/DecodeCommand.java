package io.plantaris.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Decodes a wire-format recording and prints its frames. */
@Command(name = "decode", description = "Decode a wire-format recording and print its frames.")
final class DecodeCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "recording in the Plantaris wire format")
  Path file;

  @Override
  public Integer call() {
    System.out.println("decode: not implemented yet: " + file);
    return 1;
  }
}
