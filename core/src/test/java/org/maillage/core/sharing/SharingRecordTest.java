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
import org.maillage.member.Horizon;
import org.maillage.member.Professional;
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
 * (<i>information de la personne</i>).
 */
class SharingRecordTest {
  private static final LocalDate D0 = LocalDate.of(2026, 3, 2);

  private static Professional professional(String id) {
    return Professional.builder().id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .involvedFrom(D0.minusYears(1)).build();
  }

  private static Network network(List<Professional> professionals) {
    return Network.builder().id(NetworkId.of("n-group")).created(D0.minusYears(1))
        .focalPerson(Person.builder().id(MemberId.of("p-focal")).build()).addAllMembers(professionals).build();
  }

  @Test
  void informationsBeforeAndAfterAFlowAreReadAsRecorded() {
    // given the person and her mother told of various subjects on various days, for flows in general or for
    // one flow, and flows on various days
    Random random = new Random(20261202L);
    MemberId person = MemberId.of("p-focal");
    MemberId mother = MemberId.of("r-mother");
    List<MemberId> told = List.of(person, mother);
    Professional sender = professional("pro-a");
    Professional recipient = professional("pro-b");
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
}
