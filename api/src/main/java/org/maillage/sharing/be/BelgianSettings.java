package org.maillage.sharing.be;

import org.immutables.value.Value;

/**
 * The settings of the Belgian policy (<i>réglages de la politique belge</i>), where DOMAIN.md §4 "Belgium" leaves
 * a reading to the user: the agreement model of shared professional secrecy (explicit by default), whether a
 * refusal blocks a sharing between youth-care actors under art. 74 of the Flemish decree (yes by default), and
 * whether the person's consent alone lets A tell someone not bound by secrecy (no by default; doctrine is divided).
 *
 * <pre>{@code
 * BelgianSettings settings = BelgianSettings.builder()
 *     .agreementModel(AgreementModel.NO_OBJECTION)
 *     .build();
 * SharingPolicy policy = SharingPolicies.belgium(settings);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class BelgianSettings {
  private static final BelgianSettings DEFAULTS = builder().build();

  BelgianSettings() {}

  /**
   * Returns how shared professional secrecy reads the person's agreement.
   *
   * @return {@link AgreementModel#EXPLICIT} by default
   */
  @Value.Default
  public AgreementModel agreementModel() {
    return AgreementModel.EXPLICIT;
  }

  /**
   * Tells whether a recorded refusal blocks a sharing between youth-care actors (Flemish decree, art. 74).
   *
   * @return true by default
   */
  @Value.Default
  public boolean refusalBlocksYouthCare() {
    return true;
  }

  /**
   * Tells whether the person's consent alone lets A tell a recipient not bound by professional secrecy, under
   * shared secrecy, when that recipient's secrecy is the one condition failed.
   *
   * @return false by default
   */
  @Value.Default
  public boolean consentLetsTellNotBound() {
    return false;
  }

  /**
   * Returns the default settings.
   *
   * @return explicit agreement, refusals block, consent alone does not lift secrecy
   */
  public static BelgianSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder, every setting at its default.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BelgianSettings}; not thread-safe. */
  public static final class Builder extends ImmutableBelgianSettings.Builder {
    Builder() {}
  }
}
