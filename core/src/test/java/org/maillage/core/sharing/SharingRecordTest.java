package org.maillage.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.member.CareTeamBasis;
import org.maillage.member.Horizon;
import org.maillage.member.Professional;
import org.maillage.member.RegulatoryCategory;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;

/**
 * The sharing record's answers read from what it indexes once: who was told of what before or after a flow
 * (<i>information de la personne</i>), and whether the formalised care group (<i>équipe de soins, ensemble
 * formalisé</i>, CSP L1110-12 3°) counts a current health professional on a day.
 */
class SharingRecordTest {
  private static final LocalDate D0 = LocalDate.of(2026, 3, 2);

  private static Professional professional(String id, CareTeamBasis basis, RegulatoryCategory category,
      List<Period> involvements) {
    return Professional.builder().id(MemberId.of(id)).sector(Sector.HEALTH).horizon(Horizon.MIDDLE)
        .careTeam(basis).regulatoryCategory(category).involvements(involvements).build();
  }

  private static Network network(List<Professional> professionals) {
    return Network.builder().id(NetworkId.of("n-group")).created(D0.minusYears(1))
        .focalPerson(Person.builder().id(MemberId.of("p-focal")).build()).addAllMembers(professionals).build();
  }

  /** The definition, professional by professional. */
  private static boolean byDefinition(Network network, LocalDate date) {
    return network.professionals().stream().anyMatch(p -> p.careTeam().orElse(null) == CareTeamBasis.FORMALISED_GROUP
        && p.regulatoryCategory() == RegulatoryCategory.HEALTH_PROFESSIONAL && p.isCurrentOn(date));
  }

  @Test
  void theGroupCountsAHealthProfessionalExactlyOnTheDaysOneOfThemIsCurrent() {
    // given health professionals of the group with gaps, overlaps, an old history and an open involvement, and
    // others who do not count: a social worker of the group, a health professional of an establishment
    Network network = network(List.of(
        professional("pro-h1", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.of(D0, D0.plusDays(9)), Period.of(D0.plusDays(20), D0.plusDays(29)))),
        professional("pro-h2", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.of(D0.plusDays(5), D0.plusDays(14)))),
        professional("pro-h3", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.from(D0.plusDays(45)))),
        professional("pro-h5", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.of(D0.minusDays(100), D0.minusDays(50)))),
        professional("pro-s1", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT,
            List.of(Period.of(D0.plusDays(30), D0.plusDays(39)))),
        professional("pro-h4", CareTeamBasis.SAME_ESTABLISHMENT, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.of(D0.plusDays(30), D0.plusDays(39))))));
    SharingRecord record = SharingRecord.of(network);

    // when judged on every day from long before to long after
    // then the record answers as the definition does, day by day
    for (LocalDate day = D0.minusDays(120); day.isBefore(D0.plusDays(80)); day = day.plusDays(1)) {
      assertThat(record.formalisedGroupHasHealthProfessional(day)).as("on %s", day)
          .isEqualTo(byDefinition(network, day));
    }
    assertThat(record.formalisedGroupHasHealthProfessional(D0.plusDays(17))).isFalse();
    assertThat(record.formalisedGroupHasHealthProfessional(D0.plusDays(35))).isFalse();
    assertThat(record.formalisedGroupHasHealthProfessional(LocalDate.MAX)).isTrue();
    assertThat(record.formalisedGroupHasHealthProfessional(LocalDate.MIN)).isFalse();
  }

  @Test
  void manyHealthProfessionalsWithLongHistoriesAreReadAsTheDefinitionSays() {
    // given 300 professionals of the group, health professionals or not, each with up to 6 short involvements
    Random random = new Random(20261201L);
    List<Professional> professionals = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<Period> involvements = new ArrayList<>();
      LocalDate start = D0.plusDays(random.nextInt(400));
      for (int k = 0, n = 1 + random.nextInt(6); k < n; k++) {
        LocalDate end = start.plusDays(random.nextInt(20));
        involvements.add(Period.of(start, end));
        start = end.plusDays(1 + random.nextInt(60));
      }
      professionals.add(professional("pro-" + i, CareTeamBasis.FORMALISED_GROUP, random.nextInt(4) == 0
          ? RegulatoryCategory.HEALTH_PROFESSIONAL : RegulatoryCategory.ESSMS_STAFF, involvements));
    }
    Network network = network(professionals);
    SharingRecord record = SharingRecord.of(network);

    // when
    // then
    for (LocalDate day = D0.minusDays(5); day.isBefore(D0.plusDays(900)); day = day.plusDays(1)) {
      assertThat(record.formalisedGroupHasHealthProfessional(day)).as("on %s", day)
          .isEqualTo(byDefinition(network, day));
    }
  }

  @Test
  void informationsBeforeAndAfterAFlowAreReadAsRecorded() {
    // given the person and her mother told of various subjects on various days, for flows in general or for
    // one flow, and flows on various days
    Random random = new Random(20261202L);
    MemberId person = MemberId.of("p-focal");
    MemberId mother = MemberId.of("r-mother");
    List<MemberId> told = List.of(person, mother);
    Professional sender = professional("pro-a", CareTeamBasis.SAME_ESTABLISHMENT,
        RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT, List.of(Period.from(D0.minusYears(1))));
    Professional recipient = professional("pro-b", CareTeamBasis.SAME_ESTABLISHMENT,
        RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT, List.of(Period.from(D0.minusYears(1))));
    Network.Builder builder = Network.builder().id(NetworkId.of("n-told")).created(D0.minusYears(1))
        .focalPerson(Person.builder().id(person).addRepresentative(
            LegalRepresentative.of(mother, RepresentationKind.CURATORSHIP)).build())
        .addMembers(sender, recipient);
    List<InformationFlow> flows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      flows.add(InformationFlow.builder().id(FlowId.of("f-" + i)).sender(sender.id()).addRecipient(recipient.id())
          .about(person).date(D0.plusDays(random.nextInt(200))).mode(FlowMode.EXCHANGE).build());
    }
    builder.addAllFlows(flows);
    InformingSubject[] subjects = InformingSubject.values();
    for (int i = 0; i < 150; i++) {
      Informing.Builder informing = Informing.builder().informed(told.get(random.nextInt(2)))
          .date(D0.plusDays(random.nextInt(240) - 20))
          .addSubjects(subjects[random.nextInt(subjects.length)], subjects[random.nextInt(subjects.length)]);
      if (random.nextInt(3) == 0) {
        informing.flow(flows.get(random.nextInt(flows.size())).id());
      }
      builder.addInforming(informing.build());
    }
    Network network = builder.build();
    SharingRecord record = SharingRecord.of(network);

    // when asked for every flow, everyone told and every subject
    // then the record answers as the informations say, one by one
    for (InformationFlow flow : flows) {
      for (MemberId who : told) {
        for (InformingSubject subject : subjects) {
          boolean before = network.informings().stream().anyMatch(i -> i.informed().equals(who) && i.covers(flow)
              && i.subjects().contains(subject));
          assertThat(record.informedBefore(flow, who, subject)).as("%s told %s before %s", who, subject, flow.id())
              .isEqualTo(before);
        }
        for (LocalDate asOf : List.of(flow.date(), flow.date().plusDays(5), D0.plusDays(230))) {
          boolean after = network.informings().stream().anyMatch(i -> i.informed().equals(who)
              && (i.flow().isEmpty() || i.flow().get().equals(flow.id()))
              && i.subjects().contains(InformingSubject.NATURE_OF_INFORMATION)
              && i.date().isAfter(flow.date()) && !i.date().isAfter(asOf));
          assertThat(record.informedAfter(flow, who, asOf)).as("%s told after %s as of %s", who, flow.id(), asOf)
              .isEqualTo(after);
        }
      }
    }
  }

  @Test
  void withoutAFormalisedGroupNoDayCounts() {
    // given only a health professional of an establishment, current throughout
    Network network = network(List.of(professional("pro-h4", CareTeamBasis.SAME_ESTABLISHMENT,
        RegulatoryCategory.HEALTH_PROFESSIONAL, List.of(Period.from(D0)))));

    // when
    SharingRecord record = SharingRecord.of(network);

    // then
    assertThat(record.formalisedGroupHasHealthProfessional(D0)).isFalse();
    assertThat(record.formalisedGroupHasHealthProfessional(D0.plusYears(3))).isFalse();
  }
}
