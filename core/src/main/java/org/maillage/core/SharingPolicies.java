package org.maillage.core;

import java.util.Locale;
import java.util.Objects;
import org.maillage.core.sharing.be.BelgianSharingPolicy;
import org.maillage.core.sharing.fr.FrenchSharingPolicy;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;
import org.maillage.sharing.be.BelgianSettings;

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
 * <p>France: the reports the law requires or permits, child protection (CASF L226-2-2), social action (CASF
 * L121-6-2) and the general regime of shared secrecy (CSP L1110-4) in its nine steps. Belgium (since 0.2): the
 * seven regimes of Code pénal 458, 458bis, 458ter, the state of necessity, youth aid (FWB and Flanders), shared
 * professional secrecy, and no justification; {@link #of(Jurisdiction) of(BELGIUM)} applies the default
 * {@link BelgianSettings}, {@link #belgium(BelgianSettings)} others:
 *
 * <pre>{@code
 * SharingPolicy belgium = SharingPolicies.belgium(BelgianSettings.builder()
 *     .agreementModel(AgreementModel.NO_OBJECTION)
 *     .build());
 * }</pre>
 *
 * <p>This class is stateless and thread-safe; the policies it returns are immutable, thread-safe and
 * deterministic.
 *
 * @since 0.1
 */
public final class SharingPolicies {
  private SharingPolicies() {}

  /**
   * Returns the policy of a jurisdiction.
   *
   * @param jurisdiction the law to apply
   * @return the policy; for Belgium, with the default settings
   */
  public static SharingPolicy of(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return switch (jurisdiction) {
      case FRANCE -> FrenchSharingPolicy.instance();
      case BELGIUM -> BelgianSharingPolicy.instance();
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
   * Returns the Belgian policy with the default settings, the same as {@code of(Jurisdiction.BELGIUM)}.
   *
   * @return the Belgian policy
   * @since 0.2
   */
  public static SharingPolicy belgium() {
    return BelgianSharingPolicy.instance();
  }

  /**
   * Returns the Belgian policy with settings: the agreement model of shared professional secrecy, whether a
   * refusal blocks under art. 74 of the Flemish decree, whether consent alone lets A tell someone not bound by
   * secrecy. Give it to the validator with {@code Validator.builder().sharingPolicy(policy)}.
   *
   * @param settings the settings
   * @return the Belgian policy
   * @since 0.2
   */
  public static SharingPolicy belgium(BelgianSettings settings) {
    return BelgianSharingPolicy.of(settings);
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
   * @throws IllegalArgumentException if a reason is not one of its policy's messages
   */
  public static String explain(SharingDecision decision, Locale locale) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(locale, "locale");
    return switch (decision.jurisdiction()) {
      case FRANCE -> FrenchSharingPolicy.instance().explain(decision, locale);
      case BELGIUM -> BelgianSharingPolicy.instance().explain(decision, locale);
    };
  }
}
