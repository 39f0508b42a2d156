package org.maillage.core.rules.governance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code GOV-SHARED-DEONTOLOGY} (WARNING): the network shares an ethics charter covering communication
 * (<i>déontologie partagée sur la communication</i>, Dumoulin et al., 000): a network that shares converging
 * information and acts in concert risks becoming a form of social control over the person.
 *
 * <p>Scope: networks active on the date. Fires once, on {@code network[..]/governance}, when the governance
 * records no ethics charter (key {@code missing}, no argument), when its charter was adopted after the date
 * (key {@code not-yet-adopted}, argument {@code adopted}), or when the charter does not cover communication
 * (key {@code no-communication}, argument {@code adopted}).
 *
 * <p>Reading chosen: a charter adopted after the date judged does not exist yet as of that date.
 *
 * <p>Linear in the status changes (whether the network is active), constant otherwise.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class GovSharedDeontologyRule extends CatalogueRule {

  /** Creates the rule. */
  public GovSharedDeontologyRule() {
    super("GOV-SHARED-DEONTOLOGY", Severity.WARNING, "Dumoulin et al.", "déontologie partagée");
  }

  /**
   * Reports an active network without a shared ethics charter covering communication as of the date.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.isActiveOn(context.date())) {
      return List.of();
    }
    Optional<EthicsCharter> charter = network.governance().ethicsCharter();
    if (charter.isEmpty()) {
      return List.of(context.finding(path(network), key("missing")));
    }
    if (charter.get().adopted().isAfter(context.date())) {
      return List.of(context.finding(path(network), key("not-yet-adopted"),
          Map.of("adopted", charter.get().adopted())));
    }
    if (!charter.get().coversCommunication()) {
      return List.of(context.finding(path(network), key("no-communication"),
          Map.of("adopted", charter.get().adopted())));
    }
    return List.of();
  }

  private static SubjectPath path(Network network) {
    return SubjectPath.of(network.id()).governance();
  }
}
