package org.maillage.core.rules.form;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.OrganisationId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Mandate;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code FORM-PAIRING} (ERROR): a network that declares the pairing form (<i>pairage</i>, Dumoulin et al.)
 * must be two professionals, of two different organisations, acting under different mandates, around one
 * focal person.
 *
 * <p>Scope: networks declaring {@link NetworkForm#PAIRING}; silent on any other.
 *
 * <p>Findings, one for each condition that fails:
 * <ul>
 *   <li>{@code no-person} on the network: there is no focal person;</li>
 *   <li>{@code professionals} on the network ({@code professionals}, {@code required}): the number of
 *       current professionals is not two; primary members and participants do not count, nor do
 *       professionals who have left or not yet joined;</li>
 *   <li>with exactly two current professionals: {@code no-organisation} on a professional whose
 *       organisation is not recorded; {@code same-organisation} on the shared organisation
 *       ({@code organisation}); {@code no-mandate} on a professional whose mandate is not recorded;
 *       {@code same-mandate} on the network ({@code first}, {@code second}) when the two mandates have the
 *       same reference ({@link Mandate#isSameAs(Mandate)}).</li>
 * </ul>
 *
 * <p>Readings: "two different organisations" is read as DOMAIN.md writes it, organisations and not
 * institutions: two services of one département, each under its own mandate, are the neighbouring peers of
 * the pairing. A professional whose organisation or mandate is missing cannot show the difference the form
 * rests on, so the missing record is itself the finding. The mandate's reference is never put in a message.
 *
 * <p>Linear in the members: the professionals current on the date are read once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormPairingRule extends CatalogueRule {
  private static final int REQUIRED = 2;

  /** Creates the rule. */
  public FormPairingRule() {
    super("FORM-PAIRING", Severity.ERROR, "Dumoulin et al.", "pairage");
  }

  /**
   * Checks the structure of a network declaring the pairing form.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return the findings, empty when the network is a pairing or does not declare it
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.forms().contains(NetworkForm.PAIRING)) {
      return List.of();
    }
    SubjectPath root = SubjectPath.of(network.id());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (network.focalPerson().isEmpty()) {
      findings.add(context.finding(root, key("no-person")));
    }
    ImmutableList<Professional> professionals = network.professionalsOn(context.date());
    if (professionals.size() != REQUIRED) {
      findings.add(context.finding(root, key("professionals"),
          ImmutableMap.of("professionals", professionals.size(), "required", REQUIRED)));
      return findings.build();
    }
    Professional first = professionals.get(0);
    Professional second = professionals.get(1);
    Optional<OrganisationId> firstOrganisation = first.organisation();
    Optional<OrganisationId> secondOrganisation = second.organisation();
    for (Professional p : professionals) {
      if (p.organisation().isEmpty()) {
        findings.add(context.finding(root.member(p.id()), key("no-organisation")));
      }
    }
    if (firstOrganisation.isPresent() && firstOrganisation.equals(secondOrganisation)) {
      findings.add(context.finding(root.organisation(firstOrganisation.get()), key("same-organisation"),
          Map.of("organisation", firstOrganisation.get())));
    }
    for (Professional p : professionals) {
      if (p.mandate().isEmpty()) {
        findings.add(context.finding(root.member(p.id()), key("no-mandate")));
      }
    }
    if (first.mandate().isPresent() && second.mandate().isPresent()
        && first.mandate().get().isSameAs(second.mandate().get())) {
      findings.add(context.finding(root, key("same-mandate"),
          ImmutableMap.of("first", first.id(), "second", second.id())));
    }
    return findings.build();
  }
}
