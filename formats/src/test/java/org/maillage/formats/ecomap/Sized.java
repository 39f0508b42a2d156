package org.maillage.formats.ecomap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.person.Person;
import org.maillage.referent.ReferentDesignation;

/**
 * Person-centred networks of a given size for the ecomap's tests: relatives of every relation group and
 * professionals of several sectors and organisations, on every horizon, with long names, ties of every quality
 * and nature (some parallel), supports in every direction, a référent and dormant members.
 */
final class Sized {
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  static final LocalDate CREATED = LocalDate.of(2025, 9, 1);
  static final MemberId PERSON = MemberId.of("p-1");
  private static final Relation[] RELATIONS = {Relation.MOTHER, Relation.FATHER, Relation.SIBLING, Relation.AUNT,
      Relation.FRIEND, Relation.NEIGHBOUR, Relation.GRANDPARENT};
  private static final Sector[] SECTORS = {Sector.SOCIAL, Sector.HEALTH, Sector.SCHOOL, Sector.CHILD_PROTECTION,
      Sector.HOUSING, Sector.MENTAL_HEALTH};
  private static final Horizon[] HORIZONS = Horizon.values();

  private Sized() {}

  /**
   * Builds a network.
   *
   * @param members how many members besides the person
   * @return the network, with a marker {@code name~} in every name
   */
  static Network of(int members) {
    Network.Builder n = Network.builder().id(NetworkId.of("n-" + members)).created(CREATED)
        .focalPerson(Person.builder().id(PERSON).name("name~Léa Martin-Delacroix").build());
    List<OrganisationId> organisations = new ArrayList<>();
    for (int o = 0; o < Math.max(2, members / 8); o++) {
      OrganisationId id = OrganisationId.of("o-" + o);
      organisations.add(id);
      n.addOrganisation(Organisation.builder().id(id).name("name~Service départemental numéro " + o)
          .kind(o % 3 == 0 ? OrganisationKind.ESTABLISHMENT : OrganisationKind.SERVICE)
          .sector(SECTORS[o % SECTORS.length]).build());
    }
    List<MemberId> ids = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      MemberId id = MemberId.of("m-" + i);
      ids.add(id);
      Horizon horizon = HORIZONS[i % HORIZONS.length];
      if (i % 2 == 0) {
        Relation relation = RELATIONS[(i / 2) % RELATIONS.length];
        n.addMember(PrimaryMember.builder().id(id).relation(relation).horizon(horizon)
            .name("name~Dominique-Alexandre Fernandez " + i).dormant(i % 10 == 4)
            .addInvolvement(Period.from(CREATED)).build());
      } else {
        OrganisationId organisation = organisations.get(i % organisations.size());
        n.addMember(Professional.builder().id(id).sector(SECTORS[i % SECTORS.length]).horizon(horizon)
            .name("name~Marie-Claire Dupont-Lefèvre " + i).organisation(organisation)
            .addInvolvement(Period.from(CREATED)).build());
      }
    }
    TieQuality[] qualities = TieQuality.values();
    TieNature[] natures = TieNature.values();
    SupportDirection[] directions = SupportDirection.values();
    for (int i = 0; i < members; i++) {
      Tie.Builder tie = Tie.builder().id(TieId.of("t-p-" + i)).first(PERSON).second(ids.get(i))
          .nature(natures[i % natures.length]).quality(qualities[i % qualities.length]);
      if (i % 3 != 2) {
        tie.putSupport(SupportType.values()[i % SupportType.values().length], directions[i % directions.length]);
      }
      n.addTie(tie.build());
      if (i % 5 == 0 && i + 1 < members) {
        n.addTie(Tie.builder().id(TieId.of("t-" + i)).first(ids.get(i)).second(ids.get(i + 1))
            .nature(TieNature.SUPPORT).quality(TieQuality.WEAK).build());
      }
      if (i % 7 == 0) {
        // a second, parallel tie with the person: a conflict
        n.addTie(Tie.builder().id(TieId.of("t-c-" + i)).first(ids.get(i)).second(PERSON)
            .nature(TieNature.CONFLICT).quality(TieQuality.STRESSFUL).build());
      }
    }
    if (members > 1) {
      n.addReferent(ReferentDesignation.of(ids.get(1), Period.from(CREATED)));
    }
    return n.build();
  }
}
