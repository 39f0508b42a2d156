package org.maillage.core;

import java.util.Locale;
import java.util.Objects;
import org.maillage.core.sharing.fr.FrenchSharingPolicy;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;

/**
 * The information-sharing policies (<i>politiques de partage</i>) of DOMAIN.md §4, one per jurisdiction: "may
 * A share these categories of information about P with B, for this purpose, now?".
 *
 * <pre>{@code
 * SharingPolicy policy = SharingPolicies.france();
 * SharingDecision decision = policy.decide(network, flow);
 * if (!decision.isAllowed()) {
 *   System.out.println(SharingPolicies.explain(decision, Locale.FRENCH));
 * }
 * }</pre>
 *
 * <p>France is fully implemented: the reports the law requires or permits, child protection (CASF L226-2-2),
 * social action (CASF L121-6-2) and the general regime of shared secrecy (CSP L1110-4) in its nine steps.
 * Belgium is not implemented yet: {@link #of(Jurisdiction) of(BELGIUM)} throws
 * {@link UnsupportedOperationException}, so that callers already pass the jurisdiction and keep the same
 * signature when it comes.
 *
 * <p>This class is stateless and thread-safe; the policies it returns are immutable, thread-safe and
 * deterministic.
 *
 * @since 0.1
 */
public final class SharingPolicies {
  private static final String BELGIUM_NOT_YET = "SharingPolicies.of: Belgium is not implemented yet "
      + "(DOMAIN.md §4, 'Belgium (next)': Code pénal 458, 458bis, 458ter); decide under Jurisdiction.FRANCE "
      + "or wait for the Belgian policy";

  private SharingPolicies() {}

  /**
   * Returns the policy of a jurisdiction.
   *
   * @param jurisdiction the law to apply
   * @return the policy
   * @throws UnsupportedOperationException for {@link Jurisdiction#BELGIUM}, not implemented yet
   */
  public static SharingPolicy of(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return switch (jurisdiction) {
      case FRANCE -> FrenchSharingPolicy.instance();
      case BELGIUM -> throw new UnsupportedOperationException(BELGIUM_NOT_YET);
    };
  }

  /**
   * Returns the French policy, the same as {@code of(Jurisdiction.FRANCE)}.
   *
   * @return the French policy
   */
  public static SharingPolicy france() {
    return FrenchSharingPolicy.instance();
  }

  /**
   * Explains a decision in the reader's language, one line each: the outcome, the regime, the legal basis,
   * whom to inform or to ask for consent (when anyone), then each reason in order on a line starting with
   * {@code "- "}.
   *
   * <pre>{@code
   * Decision: allowed once the people named are informed
   * Regime: shared secrecy, the general regime (CSP L1110-4)
   * Legal basis: CSP L1110-4, CSP R1110-2, CSP R1110-1, CSP R1110-3
   * Inform first: p-lea
   * - No special regime applies: the general regime of shared secrecy applies (CSP L1110-4).
   * - ...
   * }</pre>
   *
   * @param decision a decision of one of these policies
   * @param locale the reader's locale; French for {@code fr}, Dutch for {@code nl}, else English
   * @return the lines joined by {@code '\n'}
   * @throws UnsupportedOperationException if the decision's jurisdiction has no policy yet
   * @throws IllegalArgumentException if a reason is not one of its policy's messages
   */
  public static String explain(SharingDecision decision, Locale locale) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(locale, "locale");
    of(decision.jurisdiction());
    return FrenchSharingPolicy.instance().explain(decision, locale);
  }
}
