package org.maillage.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.core.SharingPolicies;
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maillage decide}: the sharing decision of one flow, or of every flow, of each network. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Decides whether each flow (or the one given) may be passed on, under the network's jurisdiction.")
final class DecideCommand extends ResultCommand {
  @Option(names = "--flow", paramLabel = "ID", description = "The flow to decide (default: every flow).")
  @Nullable String flow;

  @Override
  boolean handle(Network network, Words words, long index) {
    Optional<Jurisdiction> jurisdiction = network.jurisdiction();
    Optional<SharingPolicy> policy = jurisdiction.flatMap(Report::policy);
    List<Map<String, Object>> decisions = new ArrayList<>();
    if (format == Output.TEXT) {
      out().println(words.text("network", "network", network.id().value()));
    }
    for (InformationFlow f : network.flows()) {
      if (flow != null && !f.id().value().equals(flow)) {
        continue;
      }
      if (policy.isEmpty()) {
        String why = jurisdiction.isEmpty() ? words.text("report.no-jurisdiction")
            : words.text("report.no-policy", "jurisdiction", jurisdiction.get().name());
        if (format == Output.TEXT) {
          out().println("  " + f.id().value() + ": " + why);
        } else {
          decisions.add(Map.of("flow", f.id().value(), "outcome", "INCOMPLETE", "why", why));
        }
        continue;
      }
      SharingDecision decision = policy.get().decide(network, f);
      if (format == Output.TEXT) {
        out().println(words.text("report.flow", "flow", f.id().value()));
        out().println(SharingPolicies.explain(decision, locale()));
      } else {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("flow", f.id().value());
        d.put("outcome", decision.outcome().name());
        d.put("regime", decision.regime().name());
        d.put("explanation", SharingPolicies.explain(decision, locale()));
        decisions.add(d);
      }
    }
    if (format == Output.JSON) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("network", network.id().value());
      line.put("decisions", decisions);
      JsonOut.line(out(), line);
    }
    return false;
  }
}
