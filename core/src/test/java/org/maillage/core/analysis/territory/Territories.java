package org.maillage.core.analysis.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.testing.Gen;

/**
 * Generated territories: networks drawn over one pool of organisations (some under a parent institution, which a
 * network may or may not record, and recorded with another sector by a few networks), so that networks share
 * organisations; professionals with and without an organisation, ties between them and with a relative, meetings
 * with participants and a facilitator (sometimes none, sometimes a relative), two territory codes.
 */
final class Territories {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final Sector[] SECONDARY = {Sector.HEALTH, Sector.MENTAL_HEALTH, Sector.SOCIAL, Sector.MEDICO_SOCIAL,
      Sector.EDUCATION, Sector.SCHOOL, Sector.JUSTICE, Sector.CHILD_PROTECTION, Sector.HOUSING};

  private Territories() {}

  /** Lists of up to 30 networks over up to 25 organisations. */
  static Gen<List<Network>> territories() {
    return random -> {
      int organisations = 2 + random.nextInt(24);
      int institutions = 1 + random.nextInt(6);
      List<Organisation> pool = new ArrayList<>();
      for (int i = 0; i < organisations; i++) {
        Organisation.Builder o = Organisation.builder().id(OrganisationId.of(String.format("o-%02d", i)))
            .kind(OrganisationKind.SERVICE).sector(SECONDARY[random.nextInt(SECONDARY.length)]);
        if (random.nextInt(3) > 0) {
          o.parent(OrganisationId.of("i-" + random.nextInt(institutions)));
        }
        pool.add(o.build());
      }
      List<Organisation> institutionRecords = new ArrayList<>();
      for (int i = 0; i < institutions; i++) {
        institutionRecords.add(Organisation.builder().id(OrganisationId.of("i-" + i))
            .kind(OrganisationKind.ESTABLISHMENT).sector(SECONDARY[random.nextInt(SECONDARY.length)]).build());
      }
      int count = 1 + random.nextInt(30);
      List<Network> networks = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        networks.add(network(n, pool, institutionRecords, random));
      }
      return networks;
    };
  }

  private static Network network(int n, List<Organisation> pool, List<Organisation> institutions,
      SplittableRandom random) {
    LocalDate created = START.plusDays(random.nextInt(700));
    Network.Builder network = Network.builder().id(NetworkId.of(String.format("n-%03d", n))).created(created);
    if (random.nextInt(4) > 0) {
      network.territory(random.nextBoolean() ? "59" : "62");
    }
    List<MemberId> members = new ArrayList<>();
    List<Organisation> recorded = new ArrayList<>();
    int professionals = random.nextInt(10);
    for (int p = 0; p < professionals; p++) {
      MemberId id = MemberId.of(String.format("p-%02d", p));
      Professional.Builder professional = Professional.builder().id(id).sector(Sector.SOCIAL)
          .horizon(Horizon.MIDDLE).involvedFrom(created);
      if (random.nextInt(8) > 0) {
        Organisation o = pool.get(random.nextInt(pool.size()));
        if (!recorded.stream().anyMatch(r -> r.id().equals(o.id()))) {
          // a few networks record the organisation in another sector
          recorded.add(random.nextInt(10) == 0 ? Organisation.builder().from(o)
              .sector(SECONDARY[random.nextInt(SECONDARY.length)]).build() : o);
        }
        professional.sector(o.sector()).organisation(o.id());
      }
      network.addMember(professional.build());
      members.add(id);
    }
    for (Organisation o : List.copyOf(recorded)) {
      if (o.parent().isPresent() && random.nextBoolean()) {
        Organisation parent = institutions.get(Integer.parseInt(o.parent().get().value().substring(2)));
        if (recorded.stream().noneMatch(r -> r.id().equals(parent.id()))) {
          recorded.add(parent);
        }
      }
    }
    network.addAllOrganisations(recorded);
    MemberId relative = MemberId.of("relative");
    network.addMember(PrimaryMember.builder().id(relative).relation(Relation.MOTHER).horizon(Horizon.CLOSE)
        .involvedFrom(created).build());
    members.add(relative);
    int ties = random.nextInt(2 * members.size());
    for (int t = 0; t < ties; t++) {
      MemberId a = members.get(random.nextInt(members.size()));
      MemberId b = members.get(random.nextInt(members.size()));
      if (!a.equals(b)) {
        network.addTie(Tie.builder().id(TieId.of("t-" + t)).first(a).second(b).nature(TieNature.COLLABORATION)
            .build());
      }
    }
    int meetings = random.nextInt(5);
    for (int m = 0; m < meetings; m++) {
      Meeting.Builder meeting = Meeting.builder().id(MeetingId.of("m-" + m)).date(created.plusDays(random.nextInt(400)));
      for (MemberId member : members) {
        if (random.nextInt(3) == 0) {
          meeting.addParticipant(member);
        }
      }
      if (random.nextInt(4) > 0) {
        meeting.facilitator(members.get(random.nextInt(members.size())));
      }
      network.addMeeting(meeting.build());
    }
    return network.build();
  }
}
