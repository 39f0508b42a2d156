package org.maillage.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.Figure;
import org.maillage.core.NetworkAnalysis;
import org.maillage.network.Network;
import picocli.CommandLine.Command;

/** {@code maillage metrics}: the ego-network metrics of each person-centred network. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = "Prints the ego-network metrics of each person-centred network.")
final class MetricsCommand extends ResultCommand {
  @Override
  boolean handle(Network network, Words words, long index) {
    if (network.focalPerson().isEmpty()) {
      if (format == Output.JSON) {
        JsonOut.line(out(), Map.of("network", network.id().value(), "metrics", Map.of()));
      } else {
        out().println(words.text("network", "network", network.id().value()));
        out().println("  " + words.text("metrics.no-person"));
      }
      return false;
    }
    EgoNetworkMetrics m = NetworkAnalysis.egoMetrics(network, AnalysisSettings.asOf(day()));
    if (format == Output.JSON) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("size", m.size());
      figures.put("mobilisableSize", m.mobilisableSize());
      figures.put("alterTies", m.alterTies());
      figures.put("primaryShare", value(m.primaryShare()));
      figures.put("density", value(m.density()));
      figures.put("weightedDensity", value(m.weightedDensity()));
      figures.put("components", m.components().size());
      figures.put("isolates", m.isolates().size());
      figures.put("blau", value(m.blau()));
      figures.put("iqv", value(m.iqv()));
      figures.put("entropy", value(m.entropy()));
      figures.put("eiIndex", value(m.eiIndex()));
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("network", network.id().value());
      line.put("date", day().toString());
      line.put("metrics", figures);
      JsonOut.line(out(), line);
    } else {
      out().println(words.text("network", "network", network.id().value()));
      out().print(NetworkAnalysis.render(m, locale()));
      out().println();
    }
    return false;
  }

  /** A figure as a number, or NaN (written null) when undefined. */
  private static double value(Figure figure) {
    return figure.isDefined() ? figure.value() : Double.NaN;
  }
}
