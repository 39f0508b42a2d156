package org.maillage.core.rules.person;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code PERSON-MULTIPLE-NEEDS} (INFO): network work is indicated for a person with multiple needs
 * (<i>besoins multiples</i>, Belgian service guide), needs that cut across several life spheres; it fires
 * when the person's needs span fewer than {@link ValidationSettings#multipleNeedsSpheres()} spheres (2 by
 * default).
 *
 * <p>Scope: person-centred networks; silent on any other.
 *
 * <p>Findings on the person: {@code no-needs} ({@code minimum}) when no need is recorded at all;
 * {@code few-spheres} ({@code spheres}, {@code minimum}) when the needs span some spheres, but fewer than
 * the minimum.
 *
 * <p>Reading: spheres are counted once each ({@link Person#needSpheres()}), however many needs fall in one.
 * The finding is a suggestion: a network may still be justified, or needs in other spheres may be
 * unrecorded.
 *
 * <p>Linear in the person's needs, whose spheres the person computes once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonMultipleNeedsRule extends CatalogueRule {

  /** Creates the rule. */
  public PersonMultipleNeedsRule() {
    super("PERSON-MULTIPLE-NEEDS", Severity.INFO, "Belgian service guide", "usagers à besoins multiples");
  }

  /**
   * Checks that the person's needs span enough life spheres to indicate network work.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding when the needs span too few spheres, else empty
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    Optional<Person> person = network.focalPerson();
    if (person.isEmpty()) {
      return List.of();
    }
    int minimum = context.settings().multipleNeedsSpheres();
    int spheres = person.get().needSpheres().size();
    if (spheres >= minimum) {
      return List.of();
    }
    SubjectPath path = SubjectPath.of(network.id()).person(person.get().id());
    return List.of(spheres == 0
        ? context.finding(path, key("no-needs"), ImmutableMap.of("minimum", minimum))
        : context.finding(path, key("few-spheres"), ImmutableMap.of("spheres", spheres, "minimum", minimum)));
  }
}
