package org.maillage.core.rules.project;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.project.Objective;
import org.maillage.project.Participation;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code PROJECT-CO-ELABORATED} (WARNING): the objectives of the personalised project are worked out with
 * the person, who stays at the centre and active (<i>élaboré avec la personne</i>, Belgian service guide);
 * it fires for each objective that records no participation of the person.
 *
 * <p>Scope: person-centred networks with a project; silent on any other.
 *
 * <p>Finding: {@code no-participation} on the objective ({@code objective}).
 *
 * <p>Reading: any recorded {@link Participation} counts, even the person's agreement alone; judging whether
 * it was enough is the team's work, the rule only asks that the person's part be recorded.
 *
 * <p>Linear in the objectives.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectCoElaboratedRule extends CatalogueRule {

  /** Creates the rule. */
  public ProjectCoElaboratedRule() {
    super("PROJECT-CO-ELABORATED", Severity.WARNING, "Belgian service guide", "élaboré avec l'usager");
  }

  /**
   * Checks that every objective records the person's participation.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per objective without participation, else empty
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.isPersonCentred() || network.project().isEmpty()) {
      return List.of();
    }
    List<Finding> findings = null;
    ImmutableList<Objective> objectives = network.project().get().objectives();
    for (int i = 0; i < objectives.size(); i++) {
      Objective objective = objectives.get(i);
      if (objective.participation().isEmpty()) {
        if (findings == null) {
          findings = new ArrayList<>();
        }
        findings.add(context.finding(SubjectPath.of(network.id()).project().objective(objective.id()),
            key("no-participation"), Map.of("objective", objective.id())));
      }
    }
    return findings == null ? List.of() : List.copyOf(findings);
  }
}
