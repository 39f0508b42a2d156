package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Purpose;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code SHARE-NECESSARY} (WARNING): a flow passes only what its purpose strictly needs (<i>strictement
 * nécessaire</i>). Passing what the person's path needs is a duty (Bouts), but only what it needs: the
 * purpose is stated, and every category carried is one the purpose needs.
 *
 * <p>Scope: every recorded flow of information about a person, judged as of its own date; a flow dated
 * after the validation date is not judged yet.
 *
 * <p>Findings, on the flow ({@code flow}: its id, {@code date}: its day): {@code no-purpose} when it states
 * no purpose; otherwise one {@code unneeded} per category carried that the purpose does not need
 * ({@code category}), in the categories' order.
 *
 * <p>Linear in the flows; the categories of information are a fixed list.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareNecessaryRule extends CatalogueRule {

  /** Creates the rule. */
  public ShareNecessaryRule() {
    super("SHARE-NECESSARY", Severity.WARNING, "Bouts", "transmettre l'information nécessaire au parcours");
  }

  /**
   * Checks that each flow states a purpose that needs every category it carries.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return the findings, empty when every flow carries only what its purpose needs
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    ImmutableList.Builder<Finding> findings = null;
    List<InformationFlow> flows = network.flows();
    for (int i = 0; i < flows.size(); i++) {
      InformationFlow flow = flows.get(i);
      if (flow.date().isAfter(date)) {
        continue;
      }
      Purpose purpose = flow.purpose().orElse(null);
      if (purpose != null && purpose.needs().containsAll(flow.categories())) {
        continue;
      }
      if (findings == null) {
        findings = ImmutableList.builder();
      }
      SubjectPath path = SubjectPath.of(network.id()).flow(flow.id());
      if (purpose == null) {
        findings.add(context.finding(path, key("no-purpose"),
            ImmutableMap.of("flow", flow.id(), "date", flow.date())));
        continue;
      }
      for (InformationCategory category : ImmutableList.sortedCopyOf(flow.categories())) {
        if (!purpose.needs(category)) {
          findings.add(context.finding(path, key("unneeded"),
              ImmutableMap.of("flow", flow.id(), "date", flow.date(), "category", category)));
        }
      }
    }
    return findings == null ? List.of() : findings.build();
  }
}
