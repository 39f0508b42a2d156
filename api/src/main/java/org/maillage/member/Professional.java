package org.maillage.member;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.person.LifeSphere;
import org.maillage.sharing.InformationCategory;

/**
 * A professional of the secondary network (<i>professionnel, intervenant</i>): an individual working in an
 * organisation, under a mandate, with roles or competences, possibly bound by professional secrecy.
 *
 * <p>Also records what the French sharing regimes of DOMAIN.md §4 need: the regulatory category (CSP
 * R1110-2), whether they contribute to child-protection policy (CASF L112-3), whether they are a professional
 * of social action (CASF L116-1), the categories of information their mission covers, and any care-team basis.
 *
 * <pre>{@code
 * Professional educator = Professional.builder()
 *     .id(MemberId.of("pro-aemo"))
 *     .sector(Sector.CHILD_PROTECTION)
 *     .horizon(Horizon.MIDDLE)
 *     .organisation(OrganisationId.of("o-aemo"))
 *     .mandate(Mandate.of(MandateKind.COURT_ORDER, "TE-2026-118"))
 *     .addCompetence(Competence.of("soutien éducatif", LifeSphere.FAMILY_AND_PARENTING))
 *     .involvedFrom(LocalDate.of(2026, 3, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the name and note are left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class Professional implements Member {
  Professional() {}

  @Override
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract Optional<String> name();

  @Override
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> note();

  /**
   * Returns the organisation the professional works in (<i>organisation d'appartenance</i>).
   *
   * @return the organisation's id, or empty when not recorded
   */
  public abstract Optional<OrganisationId> organisation();

  /**
   * Returns the mandate under which the professional acts.
   *
   * @return the mandate, or empty when not recorded
   */
  public abstract Optional<Mandate> mandate();

  /**
   * Returns the roles or competences the professional brings.
   *
   * @return the competences, possibly empty
   */
  public abstract ImmutableList<Competence> competences();

  /**
   * Returns what binds the professional to secrecy.
   *
   * @return the basis, or empty when not bound by professional secrecy
   */
  public abstract Optional<SecrecyBasis> secrecy();

  /**
   * Returns the formal delegation given by the professional's institution.
   *
   * @return the delegation, or empty
   */
  public abstract Optional<FormalDelegation> delegation();

  /**
   * Returns the regulatory category of CSP R1110-2.
   *
   * @return the category; {@link RegulatoryCategory#NOT_LISTED} by default
   */
  @Value.Default
  public RegulatoryCategory regulatoryCategory() {
    return RegulatoryCategory.NOT_LISTED;
  }

  /**
   * Tells whether the professional implements or contributes to child-protection policy (CASF L112-3).
   *
   * @return false by default
   */
  @Value.Default
  public boolean childProtectionContributor() {
    return false;
  }

  /**
   * Tells whether the professional is a professional of social action (CASF L116-1).
   *
   * @return false by default
   */
  @Value.Default
  public boolean socialActionProfessional() {
    return false;
  }

  /**
   * Returns the categories of information that lie within the professional's mission (the "double limit"
   * of CSP R1110-1 is judged against them).
   *
   * @return the categories, empty when the mission is not recorded
   */
  public abstract ImmutableSet<InformationCategory> missionCategories();

  /**
   * Returns why the professional belongs to the person's care team, if they do.
   *
   * @return the basis, or empty
   */
  public abstract Optional<CareTeamBasis> careTeam();

  /**
   * Tells whether the professional is bound by professional secrecy.
   *
   * @return true if a secrecy basis is recorded
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean isBoundBySecrecy() {
    return secrecy().isPresent();
  }

  /**
   * Returns every life sphere the professional's competences cover.
   *
   * @return the union of the competences' spheres
   */
  @Value.Lazy
  public ImmutableSet<LifeSphere> coveredSpheres() {
    ImmutableSet.Builder<LifeSphere> spheres = ImmutableSet.builder();
    competences().forEach(c -> spheres.addAll(c.spheres()));
    return spheres.build();
  }

  @Override
  @Value.Default
  public boolean alive() {
    return true;
  }

  @Override
  @Value.Default
  public boolean reachable() {
    return true;
  }

  @Override
  @Value.Default
  public boolean dormant() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Involvements.check("Professional", id(), involvements());
  }

  /** Builds a {@link Professional}; not thread-safe. */
  public static final class Builder extends ImmutableProfessional.Builder {
    Builder() {}

    /**
     * Adds an open involvement starting on a date.
     *
     * @param joined the day the professional joined
     * @return this builder
     */
    public Builder involvedFrom(LocalDate joined) {
      addInvolvement(Period.from(joined));
      return this;
    }
  }
}
