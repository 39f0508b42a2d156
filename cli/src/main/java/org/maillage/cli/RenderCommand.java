package org.maillage.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.maillage.Language;
import org.maillage.core.Validator;
import org.maillage.formats.ecomap.Ecomap;
import org.maillage.formats.ecomap.EcomapOptions;
import org.maillage.formats.ecomap.LabelMode;
import org.maillage.network.Network;
import org.maillage.validation.Severity;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;
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

  private final Validator validator = Validator.standard();

  @Override
  boolean printsHeader() {
    return false;
  }

  @Override
  boolean handle(Network network, Words words, long index) throws IOException {
    // the members a finding is about are marked on the picture, and the exit code says whether any is an error
    ValidationReport report = validator.validate(network, ValidationSettings.asOf(day()));
    String svg = Ecomap.svg(network, EcomapOptions.builder(day()).language(Language.of(locale()))
        .labels(names ? LabelMode.NAMES : LabelMode.ROLES).flag(report).build());
    Written.write(target, several(), network, ".svg", svg, out(), err(), words);
    return report.count(Severity.ERROR) > 0;
  }
}
