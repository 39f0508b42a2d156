package org.maillage.member;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.QuotedInput;
import org.maillage.person.LifeSphere;
import org.maillage.sharing.InformationCategory;

/**
 * A professional of the secondary network (<i>professionnel, intervenant</i>): an individual working in an
 * organisation, under a mandate, with roles or competences, possibly bound by professional secrecy.
 *
 * <p>Also records the categories of information their mission covers, which every jurisdiction's sharing
 * procedure reads, and their standing under each jurisdiction's law ({@link #standings()}: in France, the
 * regulatory category, the child-protection and social-action standings and any care-team basis).
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
public abstract non-sealed class Professional implements Member, ProfessionalProfile {
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
  @Override
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
   * Returns what binds the professional to secrecy, or {@link SecrecyBasis#NONE} when recorded as not bound.
   *
   * @return the basis, or empty when not recorded (since 0.2; empty meant "not bound" in 0.1)
   */
  @Override
  public abstract Optional<SecrecyBasis> secrecy();

  /**
   * Returns the formal delegation given by the professional's institution.
   *
   * @return the delegation, or empty
   */
  public abstract Optional<FormalDelegation> delegation();

  /**
   * Returns the categories of information that lie within the professional's mission (the "double limit"
   * of CSP R1110-1 is judged against them).
   *
   * @return the categories, possibly an empty set (recorded as covering none), or empty when the mission is not
   *     recorded
   * @since 0.2 (a set, empty when not recorded, in 0.1)
   */
  @Override
  public abstract Optional<ImmutableSet<InformationCategory>> missionCategories();

  /**
   * Returns the professional's standing under each jurisdiction's law that records one, such as their
   * {@link org.maillage.sharing.fr.FrenchStanding French standing}: at most one per jurisdiction.
   *
   * @return the standings, possibly empty
   * @since 0.2
   */
  @Override
  public abstract ImmutableList<ProfessionalStanding> standings();

  /**
   * Tells whether the professional is recorded as bound by professional secrecy.
   *
   * @return true if a secrecy basis other than {@link SecrecyBasis#NONE} is recorded; false when recorded as
   *     not bound, and when not recorded (read {@link #secrecy()} to tell these apart)
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean isBoundBySecrecy() {
    return secrecy().isPresent() && secrecy().get() != SecrecyBasis.NONE;
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
    List<ProfessionalStanding> standings = standings();
    // stops at the first repeated jurisdiction, so it reads at most one standing per jurisdiction, plus one
    checkOneStandingPerJurisdiction("Professional", id(), standings);
  }

  /**
   * Checks that a professional, member of the network or not, records at most one standing per jurisdiction.
   *
   * @throws InvalidModelException naming the second standing of a jurisdiction
   */
  static void checkOneStandingPerJurisdiction(String type, MemberId id, List<ProfessionalStanding> standings) {
    for (int i = 1; i < standings.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (standings.get(j).jurisdiction() == standings.get(i).jurisdiction()) {
          throw new InvalidModelException(ModelProblem.of(type, id, "standings[" + i + "]",
              "professional " + QuotedInput.quote(id) + " has two standings under " + standings.get(i).jurisdiction()
              + "; record one standing per jurisdiction"));
        }
      }
    }
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

    /**
     * Records the categories of information the professional's mission covers; none given records a mission
     * that covers no category.
     *
     * @param categories the categories
     * @return this builder
     * @since 0.2
     */
    public Builder missionCovers(InformationCategory... categories) {
      missionCategories(ImmutableSet.copyOf(categories));
      return this;
    }

    /**
     * Records the categories of information the professional's mission covers.
     *
     * @param categories the categories, possibly none
     * @return this builder
     * @since 0.2
     */
    public Builder missionCovers(Iterable<InformationCategory> categories) {
      missionCategories(ImmutableSet.copyOf(categories));
      return this;
    }
  }
}
