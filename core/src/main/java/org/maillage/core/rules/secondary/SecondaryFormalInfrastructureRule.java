package org.maillage.core.rules.secondary;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code SECONDARY-FORMAL-INFRASTRUCTURE} (WARNING): a formal network states its infrastructure — place,
 * communication tools, facilitation and traces (<i>lieu, outils de communication, dynamique de groupe,
 * traces</i>, Dumont, 002).
 *
 * <p>Scope: networks whose {@link Network#formality()} is {@link Formality#FORMAL}. Fires once for each item
 * that {@link Network#governance()} does not state, in the order place, communication tools, facilitation,
 * traces; the subject is the governance ({@code network[..]/governance}) and the argument {@code missing} is
 * the {@link InfrastructureItem} missing, so a network stating nothing has four findings.
 *
 * <p>Readings chosen: one finding per missing item (the finding names what is missing, and each can be fixed
 * and silenced on its own); a place, facilitation or traces statement that is blank counts as not stated, as
 * does a set of communication tools that is empty or holds only blank entries.
 *
 * <p>Linear in the communication tools stated.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SecondaryFormalInfrastructureRule extends CatalogueRule {

  /** Creates the rule. */
  public SecondaryFormalInfrastructureRule() {
    super("SECONDARY-FORMAL-INFRASTRUCTURE", Severity.WARNING, "Dumont", "organisation du réseau formel");
  }

  /**
   * Reports each item of a formal network's infrastructure that is not stated.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding per missing item, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (network.formality() != Formality.FORMAL) {
      return List.of();
    }
    Governance governance = network.governance();
    boolean place = stated(governance.place());
    boolean tools = hasTool(governance);
    boolean facilitation = stated(governance.facilitation());
    boolean traces = stated(governance.traces());
    if (place && tools && facilitation && traces) {
      return List.of();
    }
    SubjectPath path = SubjectPath.of(network.id()).governance();
    List<Finding> findings = new ArrayList<>(4);
    if (!place) {
      findings.add(missing(context, path, InfrastructureItem.PLACE));
    }
    if (!tools) {
      findings.add(missing(context, path, InfrastructureItem.COMMUNICATION_TOOLS));
    }
    if (!facilitation) {
      findings.add(missing(context, path, InfrastructureItem.FACILITATION));
    }
    if (!traces) {
      findings.add(missing(context, path, InfrastructureItem.TRACES));
    }
    return findings;
  }

  private Finding missing(RuleContext context, SubjectPath path, InfrastructureItem item) {
    return context.finding(path, key("missing"), Map.of("missing", item));
  }

  private static boolean stated(Optional<String> statement) {
    return statement.isPresent() && !statement.get().isBlank();
  }

  private static boolean hasTool(Governance governance) {
    ImmutableList<String> tools = governance.communicationTools().asList();
    for (int i = 0; i < tools.size(); i++) {
      if (!tools.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }
}
