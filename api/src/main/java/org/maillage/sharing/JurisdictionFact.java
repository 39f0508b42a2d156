package org.maillage.sharing;

import com.google.common.collect.ImmutableMap;
import org.maillage.Disclosure;
import org.maillage.MemberId;

/**
 * A legal fact of one jurisdiction recorded on a network (<i>fait juridique propre à un droit</i>), such as the
 * French social-action trigger ({@link org.maillage.sharing.fr.SocialActionTrigger}): the network holds such
 * facts ({@link org.maillage.network.Network#jurisdictionFacts()}) without naming any jurisdiction, and each
 * jurisdiction's policy reads its own.
 *
 * <p>Implementations are immutable and thread-safe value types of a jurisdiction's package.
 *
 * @since 0.2
 */
public interface JurisdictionFact {

  /**
   * Returns the jurisdiction whose law the fact belongs to.
   *
   * @return the jurisdiction
   */
  Jurisdiction jurisdiction();

  /**
   * Returns the members the fact names, by the name of their field, so that the network checks each is one of
   * its individuals.
   *
   * @return the members named, possibly none
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  default ImmutableMap<String, MemberId> namedMembers() {
    return ImmutableMap.of();
  }
}
