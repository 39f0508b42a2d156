package org.maillage.core.rules.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Network;
import org.maillage.partnership.Charter;
import org.maillage.partnership.Convention;
import org.maillage.partnership.Partnership;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code PARTNERSHIP-FORMALISED} (ERROR): a partnership is formalised by a charter of shared values or, more
 * elaborate, a convention of operational terms (<i>charte, convention</i>, Dumont, 002).
 *
 * <p>Scope: networks with a {@link Network#partnership()}; silent on the others. Fires once, on
 * {@code network[..]/partnership}, when the partnership has neither a charter nor a convention (key
 * {@code missing}, no argument), or when its charter and convention are all dated after the date (key
 * {@code not-yet}, argument {@code formalised}: the earliest of their dates).
 *
 * <p>Readings chosen: a charter adopted, or a convention signed, after the date judged does not formalise the
 * partnership yet as of that date; the partnership's own period is not consulted (a recorded partnership is
 * in scope whatever its period).
 *
 * <p>Constant time.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PartnershipFormalisedRule extends CatalogueRule {

  /** Creates the rule. */
  public PartnershipFormalisedRule() {
    super("PARTNERSHIP-FORMALISED", Severity.ERROR, "Dumont", "charte, convention");
  }

  /**
   * Reports a partnership that is not formalised as of the date.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    Optional<Partnership> found = network.partnership();
    if (found.isEmpty()) {
      return List.of();
    }
    Partnership partnership = found.get();
    Optional<LocalDate> charter = partnership.charter().map(Charter::adopted);
    Optional<LocalDate> convention = partnership.convention().map(Convention::signed);
    SubjectPath path = SubjectPath.of(network.id()).partnership();
    if (charter.isEmpty() && convention.isEmpty()) {
      return List.of(context.finding(path, key("missing")));
    }
    LocalDate date = context.date();
    if (inForce(charter, date) || inForce(convention, date)) {
      return List.of();
    }
    LocalDate earliest = earliest(charter, convention);
    return List.of(context.finding(path, key("not-yet"), Map.of("formalised", earliest)));
  }

  private static boolean inForce(Optional<LocalDate> since, LocalDate date) {
    return since.isPresent() && !since.get().isAfter(date);
  }

  private static LocalDate earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b.orElseThrow();
    }
    if (b.isEmpty()) {
      return a.get();
    }
    return a.get().isBefore(b.get()) ? a.get() : b.get();
  }
}
