package org.maillage.core.rules.partnership;

import java.util.List;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.partnership.Origin;
import org.maillage.partnership.OriginKind;
import org.maillage.partnership.Partnership;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code PARTNERSHIP-ORIGIN} (WARNING): a partnership states whether it is spontaneous or imposed, and what
 * imposed it (<i>partenariat spontané ou imposé</i>, Dumont, 002).
 *
 * <p>Scope: networks with a {@link Network#partnership()}. Fires once, on {@code network[..]/partnership},
 * when the origin is not stated (key {@code not-stated}), or when it is {@link OriginKind#IMPOSED} and names
 * neither a legal basis nor a public-policy commission (key {@code imposed-without-basis}). No argument.
 *
 * <p>Reading chosen: a legal basis or commission that is blank counts as not named.
 *
 * <p>Constant time.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PartnershipOriginRule extends CatalogueRule {

  /** Creates the rule. */
  public PartnershipOriginRule() {
    super("PARTNERSHIP-ORIGIN", Severity.WARNING, "Dumont", "partenariat spontané ou imposé");
  }

  /**
   * Reports a partnership whose origin is not stated, or imposed without naming what imposed it.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    Optional<Partnership> partnership = network.partnership();
    if (partnership.isEmpty()) {
      return List.of();
    }
    Optional<Origin> origin = partnership.get().origin();
    if (origin.isEmpty()) {
      return List.of(context.finding(SubjectPath.of(network.id()).partnership(), key("not-stated")));
    }
    if (origin.get().kind() == OriginKind.IMPOSED
        && !named(origin.get().legalBasis()) && !named(origin.get().commission())) {
      return List.of(context.finding(SubjectPath.of(network.id()).partnership(), key("imposed-without-basis")));
    }
    return List.of();
  }

  private static boolean named(Optional<String> text) {
    return text.isPresent() && !text.get().isBlank();
  }
}
