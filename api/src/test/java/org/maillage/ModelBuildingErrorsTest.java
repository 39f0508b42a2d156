package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

  @Test
  void theProblemsOfANetworkCarryTheirPathsAndTheNetworkId() {
    // given a network with a tie to a stranger and a meeting facilitated by another stranger
    Network.Builder builder = Network.builder().id(NetworkId.of("n-1")).created(CREATED)
        .focalPerson(Person.builder().id(LEA).build())
        .addTie(Tie.builder().id(TieId.of("t-1")).first(LEA).second(MemberId.of("m-ghost"))
            .nature(TieNature.AFFECTIVE).build())
        .addMeeting(Meeting.builder().id(MeetingId.of("mt-1")).date(CREATED).facilitator(MemberId.of("m-other"))
            .build());

    // when it is built
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, builder::build);

    // then each problem has its path, the network's id and a fix, in the order found
    assertThat(e.problems()).extracting(ModelProblem::path)
        .containsExactly("Network.ties[t-1].second", "Network.meetings[mt-1].facilitator");
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("Network");
      assertThat(p.id()).contains("n-1");
      assertThat(p.message()).contains("in network 'n-1'; ");
    });
    assertThat(e.getMessage()).startsWith("2 problems building Network 'n-1':");
  }

  @Test
  void everyMissingAttributeIsAProblemOfItsOwn() {
    // given an empty professional builder
    // when it is built
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> Professional.builder().build());

    // then each required attribute not set is one problem, with the call that sets it
    assertThat(e.problems()).extracting(ModelProblem::path)
        .containsExactlyInAnyOrder("Professional.id", "Professional.sector", "Professional.horizon");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("Professional.horizon")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("horizon(...)"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.id()).isEmpty());
  }

  @Test
  void aFailedCheckNamesTheValuesId() {
    // given an organisation that names itself as parent body
    // when it is built, then the one problem carries the organisation's id
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> org.maillage.member.Organisation
        .builder().id(OrganisationId.of("o-1")).kind(org.maillage.member.OrganisationKind.SERVICE)
        .sector(Sector.SOCIAL).parent(OrganisationId.of("o-1")).build());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("Organisation.parent");
      assertThat(p.id()).contains("o-1");
    });
  }

  @Test
  void aNullElementOrANullOptionalNamesTheTypeAndTheField() {
    // given builders given null where a value or an optional value is expected
    String noName = null;
    LocalDate noDate = null;

    // when they are called, then each fails at once, naming the type and the field
    assertThatThrownBy(() -> Person.builder().name(noName)).isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Person.name: is null");
    assertThatThrownBy(() -> Network.builder().created(noDate)).isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Network.created: is null");
  }

  @Test
  void aLongListOfProblemsIsCutInTheMessageButKeptWhole() {
    // given thirty problems
    java.util.List<ModelProblem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      problems.add(ModelProblem.of("Network", "n-1", "ties[t-" + i + "].first", "'m-x' is not an individual"));
    }

    // when they are thrown together, then the message lists the first twenty and every one is kept
    InvalidModelException e = new InvalidModelException(problems);
    assertThat(e.problems()).hasSize(30);
    assertThat(e.getMessage()).contains("ties[t-19]").doesNotContain("ties[t-20]").contains("and 10 more");
  }
}
