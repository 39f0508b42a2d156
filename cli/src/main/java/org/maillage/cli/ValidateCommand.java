package org.maillage.cli;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Severity;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;
import picocli.CommandLine.Command;

/** {@code maillage validate}: the standard catalogue's findings of each network. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validates each network against the standard rule catalogue and prints its findings.")
final class ValidateCommand extends ResultCommand {
  private final Validator validator = Validator.standard();

  @Override
  boolean handle(Network network, Words words, long index) {
    ValidationReport report = validator.validate(network, ValidationSettings.asOf(day()));
    if (format == Output.JSON) {
      List<Map<String, Object>> findings = new ArrayList<>();
      for (Finding f : report.findings()) {
        findings.add(ImmutableMap.of("rule", f.ruleId().value(), "severity", f.severity().name(), "subject",
            f.subject().toString(), "key", f.messageKey(), "message", validator.render(f, locale())));
      }
      JsonOut.line(out(), ImmutableMap.of("network", network.id().value(), "date", day().toString(),
          "errors", report.count(Severity.ERROR), "findings", findings));
    } else {
      out().println(words.text("validate.network", "network", network.id().value(), "count", report.count(),
          "errors", report.count(Severity.ERROR)));
      for (Finding f : report.findings()) {
        // the severity in the reader's words, as the summary names it (ERREUR, FOUT)
        out().println("  [" + f.severity().label(locale()).toUpperCase(locale()) + "] " + f.ruleId().value() + " "
            + f.subject() + ": " + validator.render(f, locale()));
      }
    }
    return report.count(Severity.ERROR) > 0;
  }
}
