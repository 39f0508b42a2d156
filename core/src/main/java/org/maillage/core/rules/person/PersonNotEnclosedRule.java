package org.maillage.core.rules.person;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code PERSON-NOT-ENCLOSED} (WARNING): a network's meshes drawn too tight become a form of social control
 * over the person, and the professional network is tempted to stand in for the person's own circle
 * (<i>filet, contrôle social</i>, Dumoulin et al.).
 *
 * <p>Scope: person-centred networks; silent on any other.
 *
 * <p>Findings on the person, each when its condition holds (both may):
 * <ul>
 *   <li>{@code too-many} ({@code professionals}, {@code limit}) when more than
 *       {@link ValidationSettings#maxProfessionals()} professionals (8 by default) are current;</li>
 *   <li>{@code covered-without-primary} ({@code spheres}, {@code professionals}) when the person has needs,
 *       the competences of the current professionals cover every life sphere of those needs, and no primary
 *       member is mobilised.</li>
 * </ul>
 *
 * <p>Readings: a person with no recorded need is not "covered" (there is nothing to cover, and
 * {@code PERSON-MULTIPLE-NEEDS} already says so); spheres are those of the professionals' stated
 * competences ({@link Professional#coveredSpheres()}); mobilisation is
 * {@link Network#isMobilised(PrimaryMember, LocalDate)}.
 *
 * <p>Linear in the members, the primary members' ties and the spheres: whether anyone is mobilised is asked
 * first, then each sphere a current professional covers strikes a needed sphere off once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonNotEnclosedRule extends CatalogueRule {

  /** Creates the rule. */
  public PersonNotEnclosedRule() {
    super("PERSON-NOT-ENCLOSED", Severity.WARNING, "Dumoulin et al.", "contrôle social");
  }

  /**
   * Checks that the professionals do not enclose the person.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return the findings, empty when the person is not enclosed
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    Optional<Person> focal = network.focalPerson();
    if (focal.isEmpty()) {
      return List.of();
    }
    Person person = focal.get();
    LocalDate date = context.date();
    ImmutableList<Professional> professionals = network.professionalsOn(date);
    int limit = context.settings().maxProfessionals();
    boolean tooMany = professionals.size() > limit;
    ImmutableSet<LifeSphere> needs = person.needSpheres();
    // whether anyone is mobilised first: it settles most networks without reading the professionals' spheres
    boolean covered = !needs.isEmpty() && noneMobilised(network, date) && covers(professionals, needs);
    if (!tooMany && !covered) {
      return List.of();
    }
    SubjectPath path = SubjectPath.of(network.id()).person(person.id());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (tooMany) {
      findings.add(context.finding(path, key("too-many"),
          ImmutableMap.of("professionals", professionals.size(), "limit", limit)));
    }
    if (covered) {
      findings.add(context.finding(path, key("covered-without-primary"),
          ImmutableMap.of("spheres", needs.size(), "professionals", professionals.size())));
    }
    return findings.build();
  }

  /**
   * Tells whether every sphere needed is covered by at least one of the professionals: the spheres still
   * uncovered are struck off as each professional's are read, once each, whatever the number of spheres
   * (life spheres are an open list: a service may add its own).
   */
  private static boolean covers(ImmutableList<Professional> professionals, ImmutableSet<LifeSphere> needs) {
    Set<LifeSphere> uncovered = new HashSet<>(needs);
    for (int i = 0; i < professionals.size(); i++) {
      for (LifeSphere sphere : professionals.get(i).coveredSpheres()) {
        if (uncovered.remove(sphere) && uncovered.isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean noneMobilised(Network network, LocalDate date) {
    ImmutableList<PrimaryMember> members = network.primaryMembers();
    for (int i = 0; i < members.size(); i++) {
      if (network.isMobilised(members.get(i), date)) {
        return false;
      }
    }
    return true;
  }
}
