package org.maillage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.benchmarks.PlainRecords.AgreementRecord;
import org.maillage.benchmarks.PlainRecords.CompetenceRecord;
import org.maillage.benchmarks.PlainRecords.FlowRecord;
import org.maillage.benchmarks.PlainRecords.GovernanceRecord;
import org.maillage.benchmarks.PlainRecords.MeetingRecord;
import org.maillage.benchmarks.PlainRecords.MemberRecord;
import org.maillage.benchmarks.PlainRecords.NetworkRecord;
import org.maillage.benchmarks.PlainRecords.ObjectiveRecord;
import org.maillage.benchmarks.PlainRecords.OrganisationRecord;
import org.maillage.benchmarks.PlainRecords.PersonRecord;
import org.maillage.benchmarks.PlainRecords.PurposeRecord;
import org.maillage.benchmarks.PlainRecords.StrengthRecord;
import org.maillage.benchmarks.PlainRecords.TieRecord;

/** The hand-written pass and Hibernate Validator must count the same violations, or the comparison is unfair. */
class HandWrittenChecksTest {
  private static final LocalDate AS_OF = Networks.AS_OF;
  private static final LocalDate FUTURE = AS_OF.plusDays(1);
  private static final String LONG_ID = "x".repeat(PlainBeans.ID + 1);

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void buildValidator() {
    factory = HibernateValidatorBenchmark.validatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 60, 400})
  void bothFindNothingInTheBenchmarkedNetworks(int members) {
    // given
    NetworkRecord network = PlainRecords.of(Networks.personCentred(members));

    // when
    int byHand = HandWrittenChecks.violations(network, AS_OF);
    int byBeans = validator.validate(PlainBeans.of(network)).size();

    // then
    assertThat(byHand).isZero();
    assertThat(byBeans).isZero();
  }

  @Test
  void theRecordsCarryTheWholeNetwork() {
    // given
    NetworkRecord network = PlainRecords.of(Networks.personCentred(60));

    // when
    int supports = network.ties().stream().mapToInt(t -> t.supports().size()).sum();

    // then
    assertThat(network.members()).hasSize(60);
    assertThat(network.organisations()).hasSize(12);
    assertThat(network.ties()).hasSize(150);
    assertThat(supports).isEqualTo(network.ties().stream().mapToInt(TieRecord::multiplexity).sum())
        .isGreaterThan(150);
    assertThat(network.meetings()).hasSize(20);
    assertThat(network.flows()).hasSize(30);
    assertThat(network.objectives()).hasSize(10);
    assertThat(network.person().needSpheres()).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void bothCountTheSameViolationsInABrokenNetwork(String what, UnaryOperator<NetworkRecord> breakage, int expected) {
    // given
    NetworkRecord broken = breakage.apply(PlainRecords.of(Networks.personCentred(10)));

    // when
    int byHand = HandWrittenChecks.violations(broken, AS_OF);
    int byBeans = validator.validate(PlainBeans.of(broken)).size();

    // then
    assertThat(byHand).as("hand-written").isEqualTo(expected);
    assertThat(byBeans).as("Hibernate Validator").isEqualTo(expected);
  }

  @Test
  void bothCountTheSameViolationsWhenEverythingIsBroken() {
    // given
    NetworkRecord broken = PlainRecords.of(Networks.personCentred(60));
    List<Arguments> breakages = new ArrayList<>(breakages().toList());
    Collections.reverse(breakages); // details first, then the breakages that drop a whole part
    for (Arguments a : breakages) {
      @SuppressWarnings("unchecked")
      UnaryOperator<NetworkRecord> breakage = (UnaryOperator<NetworkRecord>) a.get()[1];
      broken = breakage.apply(broken);
    }

    // when
    int byHand = HandWrittenChecks.violations(broken, AS_OF);
    int byBeans = validator.validate(PlainBeans.of(broken)).size();

    // then
    assertThat(byHand).isEqualTo(byBeans).isGreaterThan(20);
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of("null id", op(n -> withId(n, null)), 1),
        Arguments.of("long id", op(n -> withId(n, LONG_ID)), 1),
        Arguments.of("blank formality, future creation", op(n -> new NetworkRecord(n.id(), FUTURE, " ", n.person(),
            n.governance(), n.organisations(), n.members(), n.ties(), n.meetings(), n.flows(), n.objectives(),
            n.referents(), n.evaluations())), 2),
        Arguments.of("no person", op(n -> withPerson(n, null)), 1),
        Arguments.of("person without needs, null strength, future agreement", op(n -> {
          PersonRecord p = n.person();
          return withPerson(n, new PersonRecord(p.id(), "\t", List.of(), Arrays.asList(
              new StrengthRecord("RESOURCE", LONG_ID), null), List.of(new AgreementRecord("", FUTURE))));
        }), 6),
        Arguments.of("governance: long place, blank tool, future charter", op(n -> withGovernance(n,
            new GovernanceRecord("p".repeat(PlainBeans.TEXT + 1), List.of("ok", " "), null, null, FUTURE))), 3),
        Arguments.of("no governance tools", op(n -> withGovernance(n,
            new GovernanceRecord(null, null, null, null, null))), 1),
        Arguments.of("no organisation", op(n -> withOrganisations(n, List.of())), 1),
        Arguments.of("organisation: blank id, long parent", op(n -> withOrganisations(n, first(n.organisations(),
            new OrganisationRecord(" ", "SERVICE", null, LONG_ID)))), 3),
        Arguments.of("null members", op(n -> withMembers(n, null)), 1),
        Arguments.of("member: long id, no period, long relation, null competences", op(n -> withMembers(n,
            first(n.members(), new MemberRecord(LONG_ID, "PRIMARY", "FAMILY", "CLOSE", null, 0, "r".repeat(33), null,
                null, null)))), 5),
        Arguments.of("member: 17 periods, competence without spheres", op(n -> withMembers(n, first(n.members(),
            new MemberRecord("m-x", "PROFESSIONAL", "SOCIAL", "", AS_OF, 17, null, "o-x",
                Arrays.asList(new CompetenceRecord(" ", List.of()), null), "d")))), 5),
        Arguments.of("tie: multiplexity 6, six supports", op(n -> {
          TieRecord t = n.ties().get(0);
          return withTies(n, first(n.ties(), new TieRecord(t.id(), t.first(), null, t.nature(), "", 6,
              Collections.nCopies(6, t.supports().get(0)))));
        }), 4),
        Arguments.of("tie: null supports, negative multiplexity, null element", op(n -> {
          TieRecord t = n.ties().get(0);
          List<TieRecord> ties = first(n.ties(), new TieRecord(t.id(), t.first(), t.second(), t.nature(),
              t.quality(), -1, Arrays.asList(null, t.supports().get(0))));
          ties.add(null);
          return withTies(n, ties);
        }), 3),
        Arguments.of("meeting: no date, no participants, long facilitator", op(n -> withMeetings(n,
            first(n.meetings(), new MeetingRecord("r-x", null, List.of(), LONG_ID)))), 3),
        Arguments.of("flow: blank recipient, purpose without needs", op(n -> {
          FlowRecord f = n.flows().get(0);
          return withFlows(n, first(n.flows(), new FlowRecord(f.id(), f.sender(), List.of(" ", "pro-002"),
              f.about(), FUTURE, f.mode(), new PurposeRecord("", null), null)));
        }), 5),
        Arguments.of("51 objectives, one without means or participation", op(n -> {
          List<ObjectiveRecord> objectives = new ArrayList<>(Collections.nCopies(51, n.objectives().get(0)));
          objectives.set(0, new ObjectiveRecord("obj-x", " ", null, List.of()));
          return withObjectives(n, objectives);
        }), 4),
        Arguments.of("means held by a blank id", op(n -> withObjectives(n, first(n.objectives(),
            new ObjectiveRecord("obj-x", "housing", List.of("AGREED"), Arrays.asList("", LONG_ID, null))))), 3),
        Arguments.of("null referent, null evaluation, future evaluation", op(n -> new NetworkRecord(n.id(),
            n.created(), n.formality(), n.person(), n.governance(), n.organisations(), n.members(), n.ties(),
            n.meetings(), n.flows(), n.objectives(), Arrays.asList((PlainRecords.ReferentRecord) null),
            Arrays.asList(null, FUTURE, AS_OF))), 3));
  }

  private static UnaryOperator<NetworkRecord> op(UnaryOperator<NetworkRecord> breakage) {
    return breakage;
  }

  private static <T> List<T> first(List<T> list, T replacement) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, replacement);
    return copy;
  }

  private static NetworkRecord withId(NetworkRecord n, String id) {
    return new NetworkRecord(id, n.created(), n.formality(), n.person(), n.governance(), n.organisations(),
        n.members(), n.ties(), n.meetings(), n.flows(), n.objectives(), n.referents(), n.evaluations());
  }

  private static NetworkRecord withPerson(NetworkRecord n, PersonRecord person) {
    return new NetworkRecord(n.id(), n.created(), n.formality(), person, n.governance(), n.organisations(),
        n.members(), n.ties(), n.meetings(), n.flows(), n.objectives(), n.referents(), n.evaluations());
  }

  private static NetworkRecord withGovernance(NetworkRecord n, GovernanceRecord governance) {
    return new NetworkRecord(n.id(), n.created(), n.formality(), n.person(), governance, n.organisations(),
        n.members(), n.ties(), n.meetings(), n.flows(), n.objectives(), n.referents(), n.evaluations());
  }

  private static NetworkRecord withOrganisations(NetworkRecord n, List<OrganisationRecord> organisations) {
    return new NetworkRecord(n.id(), n.created(), n.formality(), n.person(), n.governance(), organisations,
        n.members(), n.ties(), n.meetings(), n.flows(), n.objectives(), n.referents(), n.evaluations());
  }

  private static NetworkRecord withMembers(NetworkRecord n, List<MemberRecord> members) {
    return new NetworkRecord(n.id(), n.created(), n.formality(), n.person(), n.governance(), n.organisations(),
        members, n.ties(), n.meetings(), n.flows(), n.objectives(), n.referents(), n.evaluations());
  }

  private static NetworkRecord withTies(NetworkRecord n, List<TieRecord> ties) {
    return new NetworkRecord(n.id(), n.created(), n.formality(), n.person(), n.governance(), n.organisations(),
        n.members(), ties, n.meetings(), n.flows(), n.objectives(), n.referents(), n.evaluations());
  }

  private static NetworkRecord withMeetings(NetworkRecord n, List<MeetingRecord> meetings) {
    return new NetworkRecord(n.id(), n.created(), n.formality(), n.person(), n.governance(), n.organisations(),
        n.members(), n.ties(), meetings, n.flows(), n.objectives(), n.referents(), n.evaluations());
  }

  private static NetworkRecord withFlows(NetworkRecord n, List<FlowRecord> flows) {
    return new NetworkRecord(n.id(), n.created(), n.formality(), n.person(), n.governance(), n.organisations(),
        n.members(), n.ties(), n.meetings(), flows, n.objectives(), n.referents(), n.evaluations());
  }

  private static NetworkRecord withObjectives(NetworkRecord n, List<ObjectiveRecord> objectives) {
    return new NetworkRecord(n.id(), n.created(), n.formality(), n.person(), n.governance(), n.organisations(),
        n.members(), n.ties(), n.meetings(), n.flows(), objectives, n.referents(), n.evaluations());
  }
}
