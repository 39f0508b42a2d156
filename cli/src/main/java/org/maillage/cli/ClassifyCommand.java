package org.maillage.cli;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.analysis.FormScore;
import org.maillage.core.NetworkAnalysis;
import org.maillage.network.Network;
import picocli.CommandLine.Command;

/** {@code maillage classify}: which of the five forms each network takes, partnership or network. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Scores the five forms of each network, and partnership against network, with the reasons.")
final class ClassifyCommand extends ResultCommand {
  @Override
  boolean handle(Network network, Words words, long index) {
    Classification c = NetworkAnalysis.classify(network, AnalysisSettings.asOf(day()));
    if (format == Output.JSON) {
      List<Map<String, Object>> forms = new ArrayList<>();
      for (FormScore score : c.forms()) {
        forms.add(ImmutableMap.of("form", score.form().name(), "score", score.score()));
      }
      JsonOut.line(out(), ImmutableMap.of("network", network.id().value(), "date", day().toString(),
          "forms", forms, "high", c.highForms().stream().map(Enum::name).toList(), "verdict", c.verdict().name()));
    } else {
      out().println(words.text("network", "network", network.id().value()));
      out().print(NetworkAnalysis.render(c, locale()));
      out().println();
    }
    return false;
  }
}
