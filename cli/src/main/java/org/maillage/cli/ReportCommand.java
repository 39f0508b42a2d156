package org.maillage.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.validation.Severity;
import org.maillage.validation.ValidationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maillage report}: the one-page HTML report of each network. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes the one-page report of each network (HTML, self-contained, printable): to --out (a file "
        + "for one network, a folder for several), else to standard output.")
final class ReportCommand extends NetworkCommand {
  private final Validator validator = Validator.standard();

  @Option(names = "--out", paramLabel = "PATH", description = "The HTML file, or the folder for several networks.")
  @Nullable Path target;

  @Override
  boolean printsHeader() {
    return false;
  }

  @Override
  boolean handle(Network network, Words words, long index) throws IOException {
    Written.write(target, several(), network, ".html", Report.html(network, day(), locale()), out(), err(), words);
    return validator.validate(network, ValidationSettings.asOf(day())).count(Severity.ERROR) > 0;
  }
}
