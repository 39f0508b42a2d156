package org.maillage.sharing.be;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.member.ProfessionalStanding;
import org.maillage.sharing.Jurisdiction;

/**
 * A professional's standing under Belgian law (<i>statut du professionnel en droit belge; statuut naar Belgisch
 * recht</i>): what the Belgian regimes of DOMAIN.md §4 read about them, recorded on a {@link Professional} with
 * {@link Professional.Builder#addStanding(ProfessionalStanding) addStanding}. The categories their mission covers
 * are the generic {@link Professional#missionCategories()}.
 *
 * <p>Each fact is either recorded or not: an empty value means "not recorded", never "no" (record
 * {@link SecrecyStanding#NONE}, {@code false} or {@link YouthAidRole#NONE} for a known "no"). Where the Belgian
 * decision turns on a fact not recorded, it answers {@link org.maillage.sharing.SharingOutcome#INCOMPLETE} and
 * names it ({@link BelgianFact}).
 *
 * <pre>{@code
 * Professional pms = Professional.builder()
 *     .id(MemberId.of("pro-pms"))
 *     .sector(Sector.EDUCATION)
 *     .horizon(Horizon.MIDDLE)
 *     .addStanding(BelgianStanding.builder()
 *         .secrecy(SecrecyStanding.BOUND_BY_MISSION)
 *         .healthProfessional(false)
 *         .youthAidRole(YouthAidRole.NONE)
 *         .build())
 *     .involvedFrom(LocalDate.of(2026, 9, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it holds no text.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class BelgianStanding implements ProfessionalStanding {
  private static final BelgianStanding NOTHING_RECORDED = builder().build();

  BelgianStanding() {}

  /**
   * Returns the professional's standing towards secrecy.
   *
   * @return the standing, or empty when not recorded
   */
  public abstract Optional<SecrecyStanding> secrecy();

  /**
   * Tells whether the professional is a health professional (patients' rights law of 22 August 2002).
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> healthProfessional();

  /**
   * Returns the role the professional holds under a community's youth-aid legislation.
   *
   * @return the role ({@link YouthAidRole#NONE} when recorded as none), or empty when not recorded
   */
  public abstract Optional<YouthAidRole> youthAidRole();

  /**
   * Returns {@link Jurisdiction#BELGIUM}.
   *
   * @return Belgium
   */
  @Override
  public final Jurisdiction jurisdiction() {
    return Jurisdiction.BELGIUM;
  }

  /**
   * Returns a professional's Belgian standing: the one recorded, or a standing that records nothing.
   *
   * @param professional the professional
   * @return the standing, never null
   */
  public static BelgianStanding of(ProfessionalProfile professional) {
    return professional.standing(BelgianStanding.class).orElse(NOTHING_RECORDED);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BelgianStanding}; not thread-safe. */
  public static final class Builder extends ImmutableBelgianStanding.Builder {
    Builder() {}
  }
}
