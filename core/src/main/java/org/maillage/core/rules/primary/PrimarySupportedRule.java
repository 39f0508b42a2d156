package org.maillage.core.rules.primary;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.PrimaryMember;
import org.maillage.network.Network;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code PRIMARY-SUPPORTED} (WARNING): the secondary network stays a support of the person's primary network
 * and never replaces it (<i>le réseau secondaire, soutien du réseau primaire</i>, Belgian service guide).
 *
 * <p>Scope: person-centred networks; silent on any other.
 *
 * <p>Findings on the person:
 * <ul>
 *   <li>{@code no-primary} ({@code professionals}) when no primary member is current;</li>
 *   <li>otherwise {@code outnumbered} ({@code professionals}, {@code mobilised}, {@code ratio}) when the
 *       current professionals P outnumber the mobilised primary members M by more than
 *       {@link ValidationSettings#primaryRatio()} to one (3 by default): P &gt; ratio × M. So M = 0 with
 *       P &ge; 1 fires, and P = ratio × M does not.</li>
 * </ul>
 *
 * <p>Reading: mobilised is {@link Network#isMobilised(PrimaryMember, LocalDate)}; current primary members
 * who are dormant, unreachable or give nothing count for {@code no-primary} (they are there) but not in M.
 *
 * <p>Linear in the members and in the primary members' ties: each primary member is asked once whether
 * mobilised.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrimarySupportedRule extends CatalogueRule {

  /** Creates the rule. */
  public PrimarySupportedRule() {
    super("PRIMARY-SUPPORTED", Severity.WARNING, "Belgian service guide", "soutien du réseau primaire");
  }

  /**
   * Checks that the person has a primary network and that professionals do not outnumber it.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding when the primary network is missing or outnumbered, else empty
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    Optional<Person> person = network.focalPerson();
    if (person.isEmpty()) {
      return List.of();
    }
    LocalDate date = context.date();
    int current = 0;
    int mobilised = 0;
    // the current primary members, read once per date (Network)
    for (PrimaryMember member : network.primaryMembersOn(date)) {
      current++;
      if (network.isMobilised(member, date)) {
        mobilised++;
      }
    }
    int professionals = network.professionalsOn(date).size();
    int ratio = context.settings().primaryRatio();
    if (current == 0) {
      return List.of(context.finding(path(network, person.get()), key("no-primary"),
          Map.of("professionals", professionals)));
    }
    if ((long) professionals <= (long) ratio * mobilised) {
      return List.of();
    }
    return List.of(context.finding(path(network, person.get()), key("outnumbered"),
        ImmutableMap.of("professionals", professionals, "mobilised", mobilised, "ratio", ratio)));
  }

  private static SubjectPath path(Network network, Person person) {
    return SubjectPath.of(network.id()).person(person.id());
  }
}
