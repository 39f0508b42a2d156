package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code REFERENT-DESIGNATED} (WARNING): once several professionals work around the person, a référent de
 * proximité is designated (<i>référent de proximité</i>, Cultiaux, 004): the worker, or workers, of reference
 * for the person and their network.
 *
 * <p>Scope: person-centred networks. Fires once, on the network, when at least
 * {@link ValidationSettings#referentMinProfessionals()} (3) professionals are current on the date and no
 * designation is in force on it ({@link ReferentDesignation#isInForceOn}): arguments {@code professionals}
 * (the current count) and {@code limit} (the setting).
 *
 * <p>Reading chosen: a designation in force counts whatever the designated professional's own membership;
 * whether they can actually hold the role is {@code REFERENT-PERMANENT}'s and {@code REFERENT-CENTRAL}'s
 * question.
 *
 * <p>Linear in the designations and the members.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReferentDesignatedRule extends CatalogueRule {

  /** Creates the rule. */
  public ReferentDesignatedRule() {
    super("REFERENT-DESIGNATED", Severity.WARNING, "Cultiaux", "référent de proximité");
  }

  /**
   * Reports a person-centred network with enough professionals and no référent in force.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.isPersonCentred()) {
      return List.of();
    }
    LocalDate date = context.date();
    ImmutableList<ReferentDesignation> designations = network.referents();
    for (int i = 0; i < designations.size(); i++) {
      if (designations.get(i).isInForceOn(date)) {
        return List.of();
      }
    }
    int limit = context.settings().referentMinProfessionals();
    int professionals = network.professionalsOn(date).size();
    if (professionals < limit) {
      return List.of();
    }
    return List.of(context.finding(SubjectPath.of(network.id()), key("missing"),
        ImmutableMap.of("professionals", professionals, "limit", limit)));
  }
}
