package org.maillage.sharing.fr;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.member.ProfessionalStanding;
import org.maillage.sharing.Jurisdiction;

/**
 * A professional's standing under French law (<i>statut du professionnel en droit français</i>): what the
 * French sharing regimes of DOMAIN.md §4 read about them, recorded on a {@link Professional} with
 * {@link Professional.Builder#addStanding(ProfessionalStanding) addStanding}.
 *
 * <p>Each fact is either recorded or not: an empty value means "not recorded", never "no" (record
 * {@link RegulatoryCategory#NOT_LISTED}, {@code false} or {@link CareTeamBasis#NONE} for a known "no"). Where the
 * French decision turns on a fact not recorded, it answers {@link org.maillage.sharing.SharingOutcome#INCOMPLETE}
 * and names it ({@link FrenchFact}); a professional with no French standing reads as one whose standing records
 * nothing ({@link #of(Professional)}).
 *
 * <pre>{@code
 * Professional educator = Professional.builder()
 *     .id(MemberId.of("pro-aemo"))
 *     .sector(Sector.CHILD_PROTECTION)
 *     .horizon(Horizon.MIDDLE)
 *     .addStanding(FrenchStanding.builder()
 *         .regulatoryCategory(RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER)
 *         .childProtectionContributor(true)
 *         .build())
 *     .involvedFrom(LocalDate.of(2026, 3, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it holds no text.
 *
 * @since 0.2 (these facts were attributes of {@code Professional} in 0.1)
 */
@Value.Immutable
public abstract class FrenchStanding implements ProfessionalStanding {
  private static final FrenchStanding NOTHING_RECORDED = builder().build();

  FrenchStanding() {}

  /**
   * Returns the professional's regulatory category on the closed list of CSP R1110-2, or
   * {@link RegulatoryCategory#NOT_LISTED} when recorded as off the list.
   *
   * @return the category, or empty when not recorded
   */
  public abstract Optional<RegulatoryCategory> regulatoryCategory();

  /**
   * Tells whether the professional implements or contributes to child-protection policy (CASF L112-3).
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> childProtectionContributor();

  /**
   * Tells whether the professional is a professional of social action (CASF L116-1).
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> socialActionProfessional();

  /**
   * Returns why the professional belongs to the person's care team in the sense of CSP L1110-12.
   *
   * @return the basis ({@link CareTeamBasis#NONE} when recorded as in no care team), or empty when not recorded
   */
  public abstract Optional<CareTeamBasis> careTeam();

  /**
   * Returns {@link Jurisdiction#FRANCE}.
   *
   * @return France
   */
  @Override
  public final Jurisdiction jurisdiction() {
    return Jurisdiction.FRANCE;
  }

  /**
   * Returns a professional's French standing: the one recorded, or a standing that records nothing.
   *
   * @param professional the professional
   * @return the standing, never null
   */
  public static FrenchStanding of(ProfessionalProfile professional) {
    return professional.standing(FrenchStanding.class).orElse(NOTHING_RECORDED);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FrenchStanding}; not thread-safe. */
  public static final class Builder extends ImmutableFrenchStanding.Builder {
    Builder() {}
  }
}
