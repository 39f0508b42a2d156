package org.maillage.core.rules.secondary;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code SECONDARY-AFFILIATION} (WARNING): every professional names the organisation they work in
 * (<i>appartenance institutionnelle</i>).
 *
 * <p>Scope: every network. Fires once for each professional who is current on the date and has no
 * organisation recorded; the subject is the professional ({@code network[..]/member[..]}), the message has no
 * argument.
 *
 * <p>Reading chosen: only <em>current</em> professionals are judged (DOMAIN.md §2 judges everything as of the
 * date); a professional who left the network, or has not joined yet, is not reported. Dumoulin et al. (000)
 * name the forgetting of institutional affiliations among the risks of a network; the secondary network is
 * made of institutions and their workers (001, 002).
 *
 * <p>Linear in the members: each professional's institution is read from the network's index.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SecondaryAffiliationRule extends CatalogueRule {

  /** Creates the rule. */
  public SecondaryAffiliationRule() {
    super("SECONDARY-AFFILIATION", Severity.WARNING, "Dumoulin et al.", "appartenance institutionnelle");
  }

  /**
   * Reports each current professional without an organisation.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding per professional without an organisation, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    List<Finding> findings = List.of();
    ImmutableList<Professional> professionals = network.professionalsOn(context.date());
    for (int i = 0; i < professionals.size(); i++) {
      Professional professional = professionals.get(i);
      // A professional has an institution exactly when they have an organisation; the network's index is
      // read rather than each professional's Optional.
      if (!network.institutions().containsKey(professional.id())) {
        if (findings.isEmpty()) {
          findings = new ArrayList<>();
        }
        findings.add(context.finding(SubjectPath.of(network.id()).member(professional.id()),
            key("no-organisation")));
      }
    }
    return findings;
  }
}
