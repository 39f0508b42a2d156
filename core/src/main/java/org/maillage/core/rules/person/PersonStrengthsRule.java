package org.maillage.core.rules.person;

import java.util.List;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.person.Person;
import org.maillage.person.StrengthKind;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code PERSON-STRENGTHS} (WARNING): a person-centred network is built from the person's needs and also
 * from their knowledge and resources, not from their deficits (<i>ressources et savoirs de la personne</i>,
 * Belgian service guide); it fires when no strength of the person is recorded.
 *
 * <p>Scope: person-centred networks; silent on any other.
 *
 * <p>Finding: {@code none} on the person.
 *
 * <p>Reading: every {@link StrengthKind} counts, experiential knowledge included, since the guide names the
 * person's knowledge alongside their resources; a strength need not name a life sphere.
 *
 * <p>Constant time: it asks whether the person's strengths are empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonStrengthsRule extends CatalogueRule {

  /** Creates the rule. */
  public PersonStrengthsRule() {
    super("PERSON-STRENGTHS", Severity.WARNING, "Belgian service guide", "ressources et savoirs de la personne");
  }

  /**
   * Checks that at least one strength of the person is recorded.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding when none is recorded, else empty
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    Optional<Person> person = network.focalPerson();
    if (person.isEmpty() || !person.get().strengths().isEmpty()) {
      return List.of();
    }
    return List.of(context.finding(SubjectPath.of(network.id()).person(person.get().id()), key("none")));
  }
}
