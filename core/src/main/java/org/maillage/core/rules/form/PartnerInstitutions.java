package org.maillage.core.rules.form;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.maillage.OrganisationId;
import org.maillage.member.Organisation;
import org.maillage.member.Professional;
import org.maillage.network.Network;

/**
 * The institutions taking part in a network on a date (<i>institutions partenaires</i>), as the
 * inter-institutional and collective forms count them.
 *
 * <p>An institution takes part when a current professional works in one of its organisations, or when the
 * network lists one of its organisations as a partner in its own right: an organisation that no professional
 * of the network, current or past, works in (an association of inhabitants or users, a body committed at the
 * institutional level). An organisation whose professionals have all left no longer counts: it is listed
 * only because they once worked in it. Institutions are counted as DOMAIN.md §2 defines them: the parent body
 * when recorded, else the organisation; two services of one département are one institution.
 *
 * <p>Stateless and thread-safe; linear in the members and organisations.
 */
final class PartnerInstitutions {
  private PartnerInstitutions() {}

  /**
   * Returns the institutions taking part in a network on a date.
   *
   * @param network the network
   * @param date the date judged
   * @return the institutions' ids, possibly empty
   */
  static Set<OrganisationId> of(Network network, LocalDate date) {
    Set<OrganisationId> staffed = new HashSet<>();
    Set<OrganisationId> institutions = new HashSet<>();
    for (Professional p : network.professionals()) {
      p.organisation().ifPresent(staffed::add);
      if (p.isCurrentOn(date)) {
        network.institutionOf(p).ifPresent(institutions::add);
      }
    }
    for (Organisation o : network.organisations()) {
      if (!staffed.contains(o.id())) {
        institutions.add(o.institution());
      }
    }
    return institutions;
  }
}
