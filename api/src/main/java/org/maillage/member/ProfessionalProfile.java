package org.maillage.member;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.sharing.InformationCategory;

/**
 * What the law of information sharing reads of a professional, whether a {@link Professional member of the
 * network} or an {@link OutsideProfessional identified professional outside it}
 * (<i>profil du professionnel</i>): the organisation, the secrecy, the categories the mission covers and the
 * standing under each jurisdiction's law.
 *
 * <p>Each fact is either recorded or not: an empty value means "not recorded", never "no".
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.2
 */
public interface ProfessionalProfile {

  /**
   * Returns the professional's id.
   *
   * @return the id
   */
  MemberId id();

  /**
   * Returns the organisation the professional works in, when recorded.
   *
   * @return the organisation, or empty
   */
  Optional<OrganisationId> organisation();

  /**
   * Returns the basis of the professional's secrecy (<i>secret professionnel</i>), when recorded.
   *
   * @return the basis ({@link SecrecyBasis#NONE} for a professional recorded as not bound), or empty when not
   *     recorded
   */
  Optional<SecrecyBasis> secrecy();

  /**
   * Returns the categories of information the professional's mission covers, when recorded.
   *
   * @return the categories (empty set: recorded as covering none), or empty when not recorded
   */
  Optional<ImmutableSet<InformationCategory>> missionCategories();

  /**
   * Returns the professional's standing under each jurisdiction's law that records one: at most one per
   * jurisdiction.
   *
   * @return the standings, possibly empty
   */
  ImmutableList<ProfessionalStanding> standings();

  /**
   * Returns the recorded standing of a type, for example {@code standing(FrenchStanding.class)}.
   *
   * @param <S> the type of standing
   * @param type the type of standing
   * @return the standing, or empty when none of that type is recorded
   */
  default <S extends ProfessionalStanding> Optional<S> standing(Class<S> type) {
    List<ProfessionalStanding> standings = standings();
    for (int i = 0; i < standings.size(); i++) {
      if (type.isInstance(standings.get(i))) {
        return Optional.of(type.cast(standings.get(i)));
      }
    }
    return Optional.empty();
  }
}
