package org.maillage.core.rules.form;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.OrganisationKind;
import org.maillage.network.ConcertedStrategy;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code FORM-COLLECTIVE} (ERROR): a network that declares the collective network intervention form
 * (<i>intervention collective en réseau</i>, Dumoulin et al.) must mobilise at least two partners on a
 * stated concerted strategy: its kind (local development, advocacy, ...) and its statement.
 *
 * <p>Scope: networks declaring {@link NetworkForm#COLLECTIVE}; silent on any other.
 *
 * <p>Findings on the network, one for each condition that fails: {@code partners} ({@code partners},
 * {@code required}) when fewer than two partners take part; {@code no-strategy} when no
 * {@link ConcertedStrategy} is recorded (or, defensively, its statement is blank).
 *
 * <p>Reading of "partners": the institutions taking part, counted as {@link FormInterInstitutionalRule}
 * counts them: the institution of each current professional, and each institution of an organisation the
 * network lists that no professional of the network works in. Associations of inhabitants or users
 * ({@link OrganisationKind#ASSOCIATION_OF_INHABITANTS_OR_USERS}) are partners like any organisation; their
 * members are usually participants, who name no organisation, so the association counts through the
 * network's list of organisations. Individual participants are not partners by themselves: the form
 * mobilises bodies, not only people.
 *
 * <p>Linear in the members and organisations: {@code PartnerInstitutions} reads each once, into hash sets.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormCollectiveRule extends CatalogueRule {
  private static final int REQUIRED = 2;

  /** Creates the rule. */
  public FormCollectiveRule() {
    super("FORM-COLLECTIVE", Severity.ERROR, "Dumoulin et al.", "intervention collective en réseau");
  }

  /**
   * Checks the partners and strategy of a network declaring the collective form.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return the findings, empty when the form is met or not declared
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.forms().contains(NetworkForm.COLLECTIVE)) {
      return List.of();
    }
    int partners = PartnerInstitutions.of(network, context.date()).size();
    boolean noStrategy = network.strategy().map(s -> s.statement().isBlank()).orElse(true);
    if (partners >= REQUIRED && !noStrategy) {
      return List.of();
    }
    SubjectPath root = SubjectPath.of(network.id());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (partners < REQUIRED) {
      findings.add(context.finding(root, key("partners"),
          ImmutableMap.of("partners", partners, "required", REQUIRED)));
    }
    if (noStrategy) {
      findings.add(context.finding(root, key("no-strategy")));
    }
    return findings.build();
  }
}
