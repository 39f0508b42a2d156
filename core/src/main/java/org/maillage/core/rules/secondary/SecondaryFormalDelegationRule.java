package org.maillage.core.rules.secondary;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Professional;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code SECONDARY-FORMAL-DELEGATION} (WARNING): in a formal network, every professional holds a formal
 * delegation from their institution (<i>délégation formelle</i>, Dumont, 002).
 *
 * <p>Scope: networks whose {@link Network#formality()} is {@link Formality#FORMAL}; silent on informal ones.
 * Fires once for each professional current on the date who has no delegation (key {@code missing}, no
 * argument), or whose delegation is dated after the date (key {@code not-yet-given}, argument {@code given}:
 * the delegation's date). The subject is the professional.
 *
 * <p>Readings chosen: only current professionals are judged; a delegation given after the date judged does
 * not exist yet as of that date, which is reported apart so the user can tell a wrong date from a missing
 * delegation.
 *
 * <p>Linear in the members.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SecondaryFormalDelegationRule extends CatalogueRule {

  /** Creates the rule. */
  public SecondaryFormalDelegationRule() {
    super("SECONDARY-FORMAL-DELEGATION", Severity.WARNING, "Dumont", "délégation formelle");
  }

  /**
   * Reports each current professional of a formal network without a formal delegation as of the date.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding per professional without delegation, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (network.formality() != Formality.FORMAL) {
      return List.of();
    }
    LocalDate date = context.date();
    List<Finding> findings = List.of();
    ImmutableList<Professional> professionals = network.professionalsOn(date);
    for (int i = 0; i < professionals.size(); i++) {
      Professional professional = professionals.get(i);
      Optional<FormalDelegation> delegation = professional.delegation();
      Finding finding;
      if (delegation.isEmpty()) {
        finding = context.finding(SubjectPath.of(network.id()).member(professional.id()), key("missing"));
      } else if (delegation.get().given().isAfter(date)) {
        finding = context.finding(SubjectPath.of(network.id()).member(professional.id()), key("not-yet-given"),
            Map.of("given", delegation.get().given()));
      } else {
        continue;
      }
      if (findings.isEmpty()) {
        findings = new ArrayList<>();
      }
      findings.add(finding);
    }
    return findings;
  }
}
