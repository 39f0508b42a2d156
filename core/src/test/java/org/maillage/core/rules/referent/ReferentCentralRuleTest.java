package org.maillage.core.rules.referent;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.referent.ReferentFixtures.DATE;
import static org.maillage.core.rules.referent.ReferentFixtures.NETWORK;
import static org.maillage.core.rules.referent.ReferentFixtures.PERSON;
import static org.maillage.core.rules.referent.ReferentFixtures.REFERENT;
import static org.maillage.core.rules.referent.ReferentFixtures.designated;
import static org.maillage.core.rules.referent.ReferentFixtures.designation;
import static org.maillage.core.rules.referent.ReferentFixtures.interService;
import static org.maillage.core.rules.referent.ReferentFixtures.network;
import static org.maillage.core.rules.referent.ReferentFixtures.professional;
import static org.maillage.core.rules.referent.ReferentFixtures.relative;
import static org.maillage.core.rules.referent.ReferentFixtures.tie;
import static org.maillage.core.rules.referent.ReferentFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.member.Horizon;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class ReferentCentralRuleTest implements RuleContract {

  public Rule rule() {
    return new ReferentCentralRule();
  }

  /**
   * The designated référent, tied to the person, with {@code others} other individuals (relatives m-1.. and
   * professionals pro-1.., alternating) of whom the first {@code tied} are tied to the référent.
   */
  private static Network.Builder centred(int others, int tied) {
    Network.Builder builder = network().addMember(professional("pro-ref").build()).addReferent(designated())
        .addTies(tie("t-person", REFERENT, PERSON));
    for (int i = 1; i <= others; i++) {
      String id = i % 2 == 1 ? "m-" + i : "pro-" + i;
      builder.addMember(i % 2 == 1 ? relative(id).build() : professional(id).build());
      if (i <= tied) {
        builder.addTies(tie("t-" + i, MemberId.of(id), REFERENT));
      }
    }
    return builder;
  }

  @Test
  void firesForAReferentNotTiedToThePerson() {
    // given
    Network network = network().addMembers(professional("pro-ref").build(), relative("m-1").build())
        .addReferent(designated()).addTies(tie("t-1", REFERENT, MemberId.of("m-1"))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("REFERENT-CENTRAL"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).member(REFERENT));
      assertThat(f.messageKey()).isEqualTo("REFERENT-CENTRAL.not-tied-to-person");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("tied", 1, "others", 1));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void aTieToThePersonAndToEveryoneSilencesIt() {
    // given
    Network network = centred(4, 4).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "tied to {1} of {0}: fires={2}")
  @CsvSource({"4, 2, false", "4, 1, true", "4, 3, false", "5, 2, true", "5, 3, false", "0, 0, false"})
  void firesWhenTiedToFewerThanHalfOfTheOthers(int others, int tied, boolean fires) {
    // given
    Network network = centred(others, tied).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isNotEqualTo(fires);
    if (fires) {
      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.messageKey()).isEqualTo("REFERENT-CENTRAL.few-ties");
        assertThat(f.arguments()).isEqualTo(ImmutableMap.of("tied", tied, "others", others));
      });
      RuleChecks.assertRendersFully(rule(), report);
    }
  }

  @Test
  void participantsAreNotAmongTheOthers() {
    // given: tied to 1 of 2 relatives and professionals; three untied volunteers do not count
    Network.Builder builder = centred(2, 1);
    for (int i = 1; i <= 3; i++) {
      builder.addMember(Participant.builder().id(MemberId.of("v-" + i)).role(ParticipantRole.VOLUNTEER)
          .horizon(Horizon.MIDDLE).involvedFrom(DATE.minusYears(1)).build());
    }

    // when
    ValidationReport report = validate(rule(), builder.build());

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void membersWhoAreNotCurrentAreNotAmongTheOthersAndTheirTiesDoNotCount() {
    // given: tied to 1 of 2 current others; a third, tied, left before the date
    Network network = centred(2, 1)
        .addMember(relative("m-left").involvements(List.of(Period.of(DATE.minusYears(1), DATE.minusDays(1))))
            .build())
        .addTies(tie("t-left", REFERENT, MemberId.of("m-left"))).build();
    Network withoutTheOne = centred(3, 1).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
    assertThat(validate(rule(), withoutTheOne).findings()).singleElement()
        .satisfies(f -> assertThat(f.arguments()).isEqualTo(ImmutableMap.of("tied", 1, "others", 3)));
  }

  @Test
  void severalTiesToOneIndividualCountOnce() {
    // given: tied twice to m-1, not to pro-2, m-3 or pro-4
    Network network = centred(4, 1).addTies(tie("t-again", REFERENT, MemberId.of("m-1"))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f ->
        assertThat(f.arguments()).containsEntry("tied", 1));
  }

  @Test
  void aReferentWhoIsNotCurrentHasNoCurrentTie() {
    // given: the designation is in force but the référent left the network
    Network network = network()
        .addMember(professional("pro-ref").involvements(List.of(Period.of(DATE.minusYears(1), DATE.minusDays(1))))
            .build())
        .addMember(relative("m-1").build()).addReferent(designated())
        .addTies(tie("t-person", REFERENT, PERSON), tie("t-1", REFERENT, MemberId.of("m-1"))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-CENTRAL.not-tied-to-person");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("tied", 0, "others", 1));
    });
  }

  @Test
  void aReferentWithSeveralDesignationsIsJudgedOnce() {
    // given
    Network network = centred(4, 0).addReferent(designation(Period.from(DATE.minusMonths(1)))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.count()).isEqualTo(1);
  }

  @Test
  void aDesignationNotInForceIsNotJudged() {
    // given
    Network network = network().addMember(professional("pro-ref").build())
        .addReferent(designation(Period.of(DATE.minusYears(1), DATE.minusDays(1)))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void isSilentOnNetworksWithoutFocalPerson() {
    // given
    Network network = interService().addMembers(professional("pro-ref").build(), professional("pro-2").build())
        .addReferent(designated()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }
}
