package org.maillage.sharing.be;

import org.immutables.value.Value;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.JurisdictionFact;

/**
 * The community whose youth-aid legislation governs the network's intervention (<i>communauté compétente;
 * bevoegde gemeenschap</i>): the Wallonia-Brussels Federation or Flanders. A Belgian fact of the network
 * ({@link JurisdictionFact}); not recorded, the youth-aid regime cannot say which variant applies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class YouthAidCommunity implements JurisdictionFact {
  YouthAidCommunity() {}

  /**
   * Returns the community.
   *
   * @return the community
   */
  @Value.Parameter
  public abstract Community community();

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
   * Obtains the fact.
   *
   * @param community the community
   * @return the fact
   */
  public static YouthAidCommunity of(Community community) {
    return ImmutableYouthAidCommunity.of(community);
  }
}
