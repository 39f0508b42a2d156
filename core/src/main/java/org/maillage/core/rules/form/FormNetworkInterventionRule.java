package org.maillage.core.rules.form;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.PrimaryMember;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code FORM-NETWORK-INTERVENTION} (ERROR): a network that declares the network-intervention form
 * (<i>intervention de réseau</i>, Dumoulin et al.) must have a focal person and at least one mobilised
 * primary member, since the form consists in strengthening the person's own environment.
 *
 * <p>Scope: networks declaring {@link NetworkForm#NETWORK_INTERVENTION}; silent on any other.
 *
 * <p>Findings: {@code no-person} on the network when there is no focal person; otherwise
 * {@code no-mobilised} on the person ({@code primary}: the number of current primary members) when no
 * primary member is mobilised as {@link Network#isMobilised(PrimaryMember, LocalDate)} defines it (current,
 * alive, reachable, not dormant, and giving support to the person or holding a means of the project).
 *
 * <p>Reading: mobilisation is defined towards the person, so without a focal person only {@code no-person}
 * is reported. A dormant member is a resource to activate, not yet a mobilised one.
 *
 * <p>Linear in the primary members and their ties: each is asked once whether mobilised, which reads its own
 * ties and the project's means holders (an index of the network).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormNetworkInterventionRule extends CatalogueRule {

  /** Creates the rule. */
  public FormNetworkInterventionRule() {
    super("FORM-NETWORK-INTERVENTION", Severity.ERROR, "Dumoulin et al.", "intervention de réseau");
  }

  /**
   * Checks that a network declaring the network-intervention form has a person and a mobilised primary
   * member.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return the findings, empty when the form is met or not declared
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.forms().contains(NetworkForm.NETWORK_INTERVENTION)) {
      return List.of();
    }
    if (network.focalPerson().isEmpty()) {
      return List.of(context.finding(SubjectPath.of(network.id()), key("no-person")));
    }
    LocalDate date = context.date();
    int current = 0;
    // the current primary members, read once per date (Network): a member who is not current is not mobilised
    ImmutableList<PrimaryMember> members = network.primaryMembersOn(date);
    for (int i = 0; i < members.size(); i++) {
      if (network.isMobilised(members.get(i), date)) {
        return List.of();
      }
      current++;
    }
    Person person = network.focalPerson().get();
    return List.of(context.finding(SubjectPath.of(network.id()).person(person.id()), key("no-mobilised"),
        Map.of("primary", current)));
  }
}
