package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.MeasureKind;
import org.maillage.person.Person;

/**
 * Building a model value fails in one documented way: a null argument is a {@link NullPointerException} naming
 * the type and the field; anything else, a missing attribute included, is an {@link IllegalArgumentException}
 * naming the type, the field and, when known, the id, with a fix; a network's structural problems are reported
 * all at once.
 */
class ModelBuildingErrorsTest {
  private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  private static final MemberId LEA = MemberId.of("u-lea");
  private static final MemberId AUNT = MemberId.of("m-aunt");

  @Test
  void aMissingRequiredAttributeIsAnIllegalArgumentNamingTheTypeAndTheField() {
    // given a professional builder without a horizon
    Professional.Builder builder = Professional.builder().id(MemberId.of("pro-1")).sector(Sector.SOCIAL)
        .involvedFrom(CREATED);

    // when it is built, then it fails naming the type and the missing field, with a fix
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Professional.horizon")
        .hasMessageContaining("set");
  }

  @Test
  void aNullArgumentIsANullPointerNamingTheTypeAndTheField() {
    // given a professional builder
    Professional.Builder builder = Professional.builder();
    Sector none = null;

    // when a null sector is set, then it fails naming the type and the field
    assertThatThrownBy(() -> builder.sector(none))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Professional.sector");
  }

  @Test
  void everyStructuralProblemOfANetworkIsReportedAtOnce() {
    // given a network with a member listed twice, a tie to a stranger and a meeting facilitated by a stranger
    PrimaryMember aunt = PrimaryMember.builder().id(AUNT).relation(Relation.AUNT).horizon(Horizon.CLOSE)
        .involvedFrom(CREATED).build();
    Network.Builder builder = Network.builder().id(NetworkId.of("n-1")).created(CREATED)
        .focalPerson(Person.builder().id(LEA).build())
        .addMember(aunt).addMember(aunt)
        .addTie(Tie.builder().id(TieId.of("t-1")).first(LEA).second(MemberId.of("m-ghost"))
            .nature(TieNature.AFFECTIVE).build())
        .addMeeting(Meeting.builder().id(MeetingId.of("mt-1")).date(CREATED).facilitator(MemberId.of("m-other"))
            .build());

    // when it is built, then the one failure names the three problems
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.members")
        .hasMessageContaining("'m-ghost'")
        .hasMessageContaining("'m-other'");
  }

  @Test
  void aMeasureMandatingAStrangerIsRejectedWithoutQuotingItsReference() {
    // given a measure, whose reference is personal, mandating someone who is not in the network
    JudicialMeasure measure = JudicialMeasure.builder().reference("TE-SECRET-42").kind(MeasureKind.PLACEMENT)
        .period(Period.from(CREATED)).addMandated(MemberId.of("pro-ghost")).build();
    Network.Builder builder = Network.builder().id(NetworkId.of("n-1")).created(CREATED)
        .focalPerson(Person.builder().id(LEA).addMeasure(measure).build());

    // when the network is built, then the failure names the measure by its position, never by its reference
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("focalPerson.measures[0].mandated")
        .hasMessageContaining("'pro-ghost'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TE-SECRET-42"));
  }
}
