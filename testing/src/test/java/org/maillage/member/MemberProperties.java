package org.maillage.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.maillage.Period;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/** Members and organisations copy through their builders and judge currency from their history. */
class MemberProperties {

  @Property(tries = 100)
  void copiesOfMembersAreEqual(@ForAll("primaryMembers") PrimaryMember primary,
      @ForAll("professionals") Professional professional, @ForAll("participants") Participant participant) {
    // given generated members of the three kinds

    // when each is copied through its builder
    PrimaryMember primaryCopy = PrimaryMember.builder().from(primary).build();
    Professional professionalCopy = Professional.builder().from(professional).build();
    Participant participantCopy = Participant.builder().from(participant).build();

    // then each copy equals the original, with the same hash code and text
    assertThat(primaryCopy).isEqualTo(primary).hasSameHashCodeAs(primary).hasToString(primary.toString());
    assertThat(professionalCopy).isEqualTo(professional).hasSameHashCodeAs(professional);
    assertThat(participantCopy).isEqualTo(participant).hasSameHashCodeAs(participant);
    assertThat(professionalCopy).isNotEqualTo(primaryCopy);
  }

  @Property(tries = 100)
  void copiesOfOrganisationsAreEqual(@ForAll("organisations") Organisation organisation) {
    // given a generated organisation

    // when it is copied
    Organisation copy = Organisation.builder().from(organisation).build();

    // then the copy is equal and its institution is the parent or itself
    assertThat(copy).isEqualTo(organisation).hasSameHashCodeAs(organisation);
    assertThat(copy.institution()).isEqualTo(organisation.parent().orElse(organisation.id()));
  }

  @Property
  void aMemberIsCurrentExactlyOnTheDaysOfItsPeriods(@ForAll("members") Member member,
      @ForAll("dates") LocalDate date) {
    // given a generated member and a date

    // when currency is judged
    boolean current = member.isCurrentOn(date);

    // then it is current exactly when one period contains the date, on every period's bounds, and never in a gap
    assertThat(current).isEqualTo(member.involvements().stream().anyMatch(p -> p.contains(date)));
    for (int i = 0; i < member.involvements().size(); i++) {
      Period period = member.involvements().get(i);
      assertThat(member.isCurrentOn(period.start())).isTrue();
      period.end().ifPresent(end -> assertThat(member.isCurrentOn(end)).isTrue());
      if (i + 1 < member.involvements().size()) {
        LocalDate dayAfter = period.end().orElseThrow().plusDays(1);
        boolean rejoinedNextDay = member.involvements().get(i + 1).start().equals(dayAfter);
        assertThat(member.isCurrentOn(dayAfter)).isEqualTo(rejoinedNextDay);
      }
    }
  }

  Gen<PrimaryMember> primaryMembers() {
    return NetworkGenerators.primaryMembers();
  }

  Gen<Professional> professionals() {
    return NetworkGenerators.professionals();
  }

  Gen<Participant> participants() {
    return NetworkGenerators.participants();
  }

  Gen<Organisation> organisations() {
    return NetworkGenerators.organisations();
  }

  Gen<Member> members() {
    return NetworkGenerators.members();
  }

  Gen<LocalDate> dates() {
    return NetworkGenerators.dates();
  }
}
