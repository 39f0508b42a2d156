package org.maillage.core.rules.secondary;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.maillage.core.rules.CalendarMonths;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code SECONDARY-INFORMAL-PERSISTENT} (INFO): an informal network of professionals that lasts should
 * consider formalising itself (<i>réseau spontané, informel</i>, Dumont, 002): such networks rest on personal
 * commitment and may escape institutional control.
 *
 * <p>Scope: networks whose {@link Network#formality()} is {@link Formality#INFORMAL} with at least
 * {@link ValidationSettings#informalMinProfessionals()} (2) professionals current on the date. Fires once
 * when the network was created strictly before the date minus {@link ValidationSettings#informalMonths()}
 * (12) calendar months; the subject is the network, the arguments are {@code professionals} (the current
 * count), {@code created} (the creation date) and {@code months} (the setting).
 *
 * <p>Reading chosen: the network's age is its {@link Network#created()} date, not the date its professionals
 * joined; a network created exactly 12 months before the date is not older than 12 months.
 *
 * <p>Linear in the members: the current professionals are counted once.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SecondaryInformalPersistentRule extends CatalogueRule {

  /** Creates the rule. */
  public SecondaryInformalPersistentRule() {
    super("SECONDARY-INFORMAL-PERSISTENT", Severity.INFO, "Dumont", "réseau informel, spontané");
  }

  /**
   * Reports an informal network of professionals older than the setting.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (network.formality() != Formality.INFORMAL) {
      return List.of();
    }
    LocalDate date = context.date();
    int months = context.settings().informalMonths();
    if (!network.created().isBefore(CalendarMonths.before(date, months))) {
      return List.of();
    }
    int professionals = network.professionalsOn(date).size();
    if (professionals < context.settings().informalMinProfessionals()) {
      return List.of();
    }
    return List.of(context.finding(SubjectPath.of(network.id()), key("persistent"),
        ImmutableMap.of("professionals", professionals, "created", network.created(), "months", months)));
  }
}
