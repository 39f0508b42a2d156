package org.maillage.benchmarks;

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

/**
 * The networks of a territory for the fold benchmark (issue 15): person-centred networks over one pool of 500
 * organisations (in nine sectors, two in three under one of 40 institutions), each with 3 to 12 professionals, two
 * relatives, about two and a half ties a member and five meetings with a facilitator and three to six
 * participants; deterministic for a seed.
 *
 * @since 0.2
 */
public final class TerritoryNetworks {
  /** The organisations of the pool. */
  public static final int ORGANISATIONS = 500;

  private static final Sector[] SECTORS = {Sector.HEALTH, Sector.MENTAL_HEALTH, Sector.SOCIAL,
      Sector.MEDICO_SOCIAL, Sector.EDUCATION, Sector.SCHOOL, Sector.JUSTICE, Sector.CHILD_PROTECTION,
      Sector.HOUSING};
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private TerritoryNetworks() {}

  /**
   * Makes the networks.
   *
   * @param count how many
   * @param seed the seed
   * @return the networks, an unmodifiable list
   */
  public static List<Network> of(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Organisation> pool = new ArrayList<>(ORGANISATIONS);
    for (int i = 0; i < ORGANISATIONS; i++) {
      Organisation.Builder o = Organisation.builder().id(OrganisationId.of(String.format("o-%04d", i)))
          .kind(OrganisationKind.SERVICE).sector(SECTORS[i % SECTORS.length]);
      if (i % 3 > 0) {
        o.parent(OrganisationId.of(String.format("i-%02d", i % 40)));
      }
      pool.add(o.build());
    }
    List<Network> networks = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      networks.add(network(n, pool, random));
    }
    return List.copyOf(networks);
  }

  private static Network network(int n, List<Organisation> pool, SplittableRandom random) {
    LocalDate created = START.plusDays(random.nextInt(700));
    Network.Builder network = Network.builder().id(NetworkId.of(String.format("n-%06d", n))).created(created)
        .territory("59");
    List<MemberId> members = new ArrayList<>();
    List<Organisation> recorded = new ArrayList<>();
    int professionals = 3 + random.nextInt(10);
    for (int p = 0; p < professionals; p++) {
      // a skewed draw: a few organisations take part in many networks
      int index = (int) (ORGANISATIONS * Math.pow(random.nextDouble(), 2));
      Organisation o = pool.get(index);
      if (!recorded.contains(o)) {
        recorded.add(o);
      }
      MemberId id = MemberId.of(String.format("p-%02d", p));
      network.addMember(Professional.builder().id(id).sector(o.sector()).horizon(Horizon.MIDDLE)
          .organisation(o.id()).involvedFrom(created).build());
      members.add(id);
    }
    network.addAllOrganisations(recorded);
    for (int r = 0; r < 2; r++) {
      MemberId id = MemberId.of("r-" + r);
      network.addMember(PrimaryMember.builder().id(id).relation(r == 0 ? Relation.MOTHER : Relation.FATHER)
          .horizon(Horizon.CLOSE).involvedFrom(created).build());
      members.add(id);
    }
    int ties = members.size() * 5 / 2;
    for (int t = 0; t < ties; t++) {
      int a = random.nextInt(members.size());
      int b = (a + 1 + random.nextInt(members.size() - 1)) % members.size();
      network.addTie(Tie.builder().id(TieId.of("t-" + t)).first(members.get(a)).second(members.get(b))
          .nature(TieNature.COLLABORATION).build());
    }
    for (int m = 0; m < 5; m++) {
      Meeting.Builder meeting = Meeting.builder().id(MeetingId.of("m-" + m)).date(created.plusDays(30L * (m + 1)))
          .facilitator(members.get(random.nextInt(professionals)));
      int participants = 3 + random.nextInt(4);
      for (int q = 0; q < participants; q++) {
        meeting.addParticipant(members.get(random.nextInt(members.size())));
      }
      network.addMeeting(meeting.build());
    }
    return network.build();
  }
}
