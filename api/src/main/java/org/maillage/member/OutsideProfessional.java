package org.maillage.member;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.sharing.InformationCategory;

/**
 * An identified professional outside the network to whom a flow goes (<i>professionnel extérieur au réseau</i>):
 * a psychologist consulted once, a colleague of another département. Not a member: they take no part in the
 * person's support as the network records it, which every regime that asks for it reads as such; what the law
 * reads of them otherwise (secrecy, mission, standing) is recorded as for a member.
 *
 * <p>The id is the case system's own and must not be the id of an individual of the network (record a member as
 * a recipient instead).
 *
 * <pre>{@code
 * OutsideProfessional psychologist = OutsideProfessional.builder()
 *     .id(MemberId.of("ext-cmp-psy"))
 *     .secrecy(SecrecyBasis.PROFESSION)
 *     .addStanding(FrenchStanding.builder()
 *         .regulatoryCategory(RegulatoryCategory.HEALTH_PROFESSIONAL)
 *         .childProtectionContributor(true)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it holds no text.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class OutsideProfessional implements ProfessionalProfile {
  OutsideProfessional() {}

  @Override
  public abstract MemberId id();

  @Override
  public abstract Optional<OrganisationId> organisation();

  @Override
  public abstract Optional<SecrecyBasis> secrecy();

  @Override
  public abstract Optional<ImmutableSet<InformationCategory>> missionCategories();

  @Override
  public abstract ImmutableList<ProfessionalStanding> standings();

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
    Professional.checkOneStandingPerJurisdiction("OutsideProfessional", id(), standings());
  }

  /** Builds an {@link OutsideProfessional}; not thread-safe. */
  public static final class Builder extends ImmutableOutsideProfessional.Builder {
    Builder() {}

    /**
     * Records the categories of information the professional's mission covers; none given records a mission
     * that covers no category.
     *
     * @param categories the categories
     * @return this builder
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
     */
    public Builder missionCovers(Iterable<InformationCategory> categories) {
      missionCategories(ImmutableSet.copyOf(categories));
      return this;
    }
  }
}
