package org.maillage.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.maillage.Language;
import org.maillage.formats.ecomap.Ecomap;
import org.maillage.formats.ecomap.EcomapOptions;
import org.maillage.formats.ecomap.LabelMode;
import org.maillage.network.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maillage render}: the ecomap of each network, as SVG. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Draws the ecomap of each network as SVG: to --out (a file for one network, a folder for several, "
        + "one file per network id), else to standard output.")
final class RenderCommand extends NetworkCommand {
  @Option(names = "--out", paramLabel = "PATH", description = "The SVG file, or the folder for several networks.")
  @Nullable Path target;

  @Option(names = "--names", description = "Write the names recorded (default: roles only, no name).")
  boolean names;

  @Override
  boolean printsHeader() {
    return false;
  }

  @Override
  boolean handle(Network network, Words words, long index) throws IOException {
    String svg = Ecomap.svg(network, EcomapOptions.builder(day()).language(Language.of(locale()))
        .labels(names ? LabelMode.NAMES : LabelMode.ROLES).build());
    Written.write(target, network, ".svg", svg, out(), err(), words);
    return false;
  }
}
