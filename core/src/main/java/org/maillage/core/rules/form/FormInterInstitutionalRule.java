package org.maillage.core.rules.form;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code FORM-INTER-INSTITUTIONAL} (ERROR): a network that declares the inter-institutional form
 * (<i>réseau inter-institutionnel</i>, Dumoulin et al.) must bring together at least two institutions, on a
 * stated theme and a stated territory.
 *
 * <p>Scope: networks declaring {@link NetworkForm#INTER_INSTITUTIONAL}; silent on any other.
 *
 * <p>Findings on the network, one for each condition that fails: {@code institutions}
 * ({@code institutions}, {@code required}) when fewer than two institutions take part; {@code no-theme} when
 * the theme is absent or blank; {@code no-territory} when the territory is absent or blank.
 *
 * <p>Reading of "institutions": an institution is the parent body of an organisation when recorded, else the
 * organisation (two services of one département are one institution). It takes part when a current
 * professional works in one of its organisations, or when the network lists one of its organisations that no
 * professional of the network works in: the form is built between organisations, which may commit as
 * partners before any of their workers is named. An organisation whose professionals have all left is only
 * a trace of the past and does not count. The same reading serves {@link FormCollectiveRule}.
 *
 * <p>Linear in the members and organisations: {@code PartnerInstitutions} reads each once, into hash sets.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormInterInstitutionalRule extends CatalogueRule {
  private static final int REQUIRED = 2;

  /** Creates the rule. */
  public FormInterInstitutionalRule() {
    super("FORM-INTER-INSTITUTIONAL", Severity.ERROR, "Dumoulin et al.", "réseau inter-institutionnel");
  }

  /**
   * Checks the institutions, theme and territory of a network declaring the inter-institutional form.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return the findings, empty when the form is met or not declared
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.forms().contains(NetworkForm.INTER_INSTITUTIONAL)) {
      return List.of();
    }
    int institutions = PartnerInstitutions.of(network, context.date()).size();
    boolean noTheme = isBlank(network.theme());
    boolean noTerritory = isBlank(network.territory());
    if (institutions >= REQUIRED && !noTheme && !noTerritory) {
      return List.of();
    }
    SubjectPath root = SubjectPath.of(network.id());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (institutions < REQUIRED) {
      findings.add(context.finding(root, key("institutions"),
          ImmutableMap.of("institutions", institutions, "required", REQUIRED)));
    }
    if (noTheme) {
      findings.add(context.finding(root, key("no-theme")));
    }
    if (noTerritory) {
      findings.add(context.finding(root, key("no-territory")));
    }
    return findings.build();
  }

  private static boolean isBlank(Optional<String> text) {
    return text.isEmpty() || text.get().isBlank();
  }
}
