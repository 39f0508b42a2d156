package org.maillage.core.rules.project;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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
 * {@code PROJECT-COMPLEMENTARITY} (WARNING): collaborations are distributed by the competences each
 * professional brings, and the complementarity of interventions is made readable (<i>lisibilité de la
 * complémentarité des interventions</i>, Belgian service guide); it fires for each professional with no
 * stated role or competence.
 *
 * <p>Scope: every network, person-centred or not.
 *
 * <p>Finding: {@code none} on the professional.
 *
 * <p>Reading: only current professionals are judged, since one who has left no longer needs a place in the
 * distribution; a competence with no life sphere still states a role and counts.
 *
 * <p>Linear in the members.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectComplementarityRule extends CatalogueRule {

  /** Creates the rule. */
  public ProjectComplementarityRule() {
    super("PROJECT-COMPLEMENTARITY", Severity.WARNING, "Belgian service guide",
        "complémentarité des interventions");
  }

  /**
   * Checks that every current professional states a role or competence.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per professional without any, else empty
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    List<Finding> findings = null;
    // the current professionals, read once per date (Network)
    ImmutableList<Professional> professionals = network.professionalsOn(date);
    for (int i = 0; i < professionals.size(); i++) {
      Professional p = professionals.get(i);
      if (p.competences().isEmpty()) {
        if (findings == null) {
          findings = new ArrayList<>();
        }
        findings.add(context.finding(SubjectPath.of(network.id()).member(p.id()), key("none")));
      }
    }
    return findings == null ? List.of() : List.copyOf(findings);
  }
}
