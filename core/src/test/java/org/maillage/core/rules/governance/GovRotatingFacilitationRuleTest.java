package org.maillage.core.rules.governance;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.governance.GovernanceFixtures.CMP;
import static org.maillage.core.rules.governance.GovernanceFixtures.DATE;
import static org.maillage.core.rules.governance.GovernanceFixtures.NETWORK;
import static org.maillage.core.rules.governance.GovernanceFixtures.PERSON;
import static org.maillage.core.rules.governance.GovernanceFixtures.SCHOOL;
import static org.maillage.core.rules.governance.GovernanceFixtures.becomes;
import static org.maillage.core.rules.governance.GovernanceFixtures.meeting;
import static org.maillage.core.rules.governance.GovernanceFixtures.network;
import static org.maillage.core.rules.governance.GovernanceFixtures.professional;
import static org.maillage.core.rules.governance.GovernanceFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class GovRotatingFacilitationRuleTest implements RuleContract {
  private static final MemberId ANNE = MemberId.of("pro-anne");
  private static final MemberId BRUNO = MemberId.of("pro-bruno");
  private static final String A = ANNE.value();
  private static final String B = BRUNO.value();

  public Rule rule() {
    return new GovRotatingFacilitationRule();
  }

  /** One meeting a month, the last one on {@link GovernanceFixtures#DATE}, led by each facilitator in turn. */
  private static Network meetings(String... facilitators) {
    Network.Builder builder = network().addMembers(professional(A, CMP), professional(B, SCHOOL));
    for (int i = 0; i < facilitators.length; i++) {
      LocalDate date = DATE.minusMonths(facilitators.length - 1 - i);
      builder.addMeeting(meeting(String.format("mt-%02d", i), date, facilitators[i]));
    }
    return builder.build();
  }


  @Test
  void firesForAFacilitatorWhoLedFourMeetingsInARow() {
    // given
    Network network = meetings(B, A, A, A, A);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("GOV-ROTATING-FACILITATION"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).member(ANNE));
      assertThat(f.messageKey()).isEqualTo("GOV-ROTATING-FACILITATION.too-long");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("meetings", 4, "from", DATE.minusMonths(3), "to", DATE,
          "limit", 3));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void threeInARowIsTheLimitAndTwoIsBelowIt() {
    // given
    Network three = meetings(B, A, A, A, B);
    Network two = meetings(A, A, B, A, A);
    Network five = meetings(A, A, A, A, A);

    // when / then
    assertThat(validate(rule(), three).isEmpty()).isTrue();
    assertThat(validate(rule(), two).isEmpty()).isTrue();
    assertThat(validate(rule(), five).findings()).singleElement()
        .satisfies(f -> assertThat(f.arguments().get("meetings")).isEqualTo(5));
  }

  @Test
  void anotherFacilitatorInTheMiddleSilencesIt() {
    // given
    Network network = meetings(A, A, B, A, A);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void aMeetingWithoutFacilitatorBreaksTheRun() {
    // given
    Network network = meetings(A, A, null, A, A);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void meetingsAfterTheDateAreNotHeldYet() {
    // given: three held meetings led by Anne, and a fourth planned the day after the date
    Network network = Network.builder().from(meetings(B, A, A, A))
        .addMeeting(meeting("mt-next", DATE.plusDays(1), A)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void meetingsOfTheSameDateAreOrderedByIdWhateverTheListOrder() {
    // given: Anne led three meetings, then two meetings share the date; Anne's id decides whether her run is 4
    Network.Builder base = network().addMembers(professional(A, CMP), professional(B, SCHOOL))
        .addMeetings(meeting("mt-1", DATE.minusMonths(3), A), meeting("mt-2", DATE.minusMonths(2), A),
            meeting("mt-3", DATE.minusMonths(1), A));
    Network anneFirst = Network.builder().from(base.build())
        .addMeetings(meeting("mt-9b", DATE, B), meeting("mt-9a", DATE, A)).build();
    Network brunoFirst = Network.builder().from(base.build())
        .addMeetings(meeting("mt-9a", DATE, B), meeting("mt-9b", DATE, A)).build();

    // when
    ValidationReport fires = validate(rule(), anneFirst);
    ValidationReport silent = validate(rule(), brunoFirst);

    // then
    assertThat(fires.findings()).singleElement().satisfies(f -> assertThat(f.arguments().get("meetings")).isEqualTo(4));
    assertThat(silent.isEmpty()).isTrue();
  }

  @Test
  void oneFindingPerFacilitatorAboutTheirLongestRun() {
    // given
    Network network = meetings(A, A, A, A, B, A, A, A, A, A, B, B, B, B);

    // when
    List<Finding> findings = validate(rule(), network).findings();

    // then
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0)).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).member(ANNE));
    assertThat(findings.get(0).arguments()).containsEntry("meetings", 5)
        .containsEntry("from", DATE.minusMonths(8)).containsEntry("to", DATE.minusMonths(4));
    assertThat(findings.get(1)).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).member(BRUNO));
    assertThat(findings.get(1).arguments()).containsEntry("meetings", 4);
  }

  @Test
  void ofEquallyLongRunsTheEarliestIsReported() {
    // given
    Network network = meetings(A, A, A, A, B, A, A, A, A);

    // when
    List<Finding> findings = validate(rule(), network).findings();

    // then
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments())
        .containsEntry("from", DATE.minusMonths(8)).containsEntry("to", DATE.minusMonths(5)));
  }

  @Test
  void theFocalPersonFacilitatingIsNamedAsThePerson() {
    // given
    String person = PERSON.value();
    Network network = meetings(person, person, person, person);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().extracting(Finding::subject)
        .isEqualTo(SubjectPath.of(NETWORK).person(PERSON));
  }

  @Test
  void honoursAChangedLimit() {
    // given
    Network five = meetings(A, A, A, A, A);
    Network six = meetings(A, A, A, A, A, A);
    ValidationSettings limitFive = ValidationSettings.builder().date(DATE).maxConsecutiveFacilitations(5).build();

    // when / then
    assertThat(validate(rule(), five, limitFive).isEmpty()).isTrue();
    assertThat(validate(rule(), six, limitFive).findings()).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("meetings", 6).containsEntry("limit", 5));
  }

  @Test
  void isSilentOnNetworksThatAreNotActive() {
    // given
    Network network = Network.builder().from(meetings(A, A, A, A, A))
        .addStatusHistory(becomes(NetworkStatus.SUSPENDED)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Property(tries = 1000)
  void findsExactlyTheFacilitatorsWhoseLongestRunExceedsTheLimit(
      @ForAll("sequences") List<String> sequence, @ForAll("limits") int limit) {
    // given: "-" is a meeting without facilitator
    String[] facilitators = sequence.stream().map(s -> s.equals("-") ? null : s).toArray(String[]::new);
    Network network = meetings(facilitators);
    ValidationSettings settings = ValidationSettings.builder().date(DATE).maxConsecutiveFacilitations(limit).build();
    Map<String, Integer> expected = new HashMap<>();
    for (Map.Entry<String, Integer> e : longestRuns(sequence).entrySet()) {
      if (e.getValue() > limit) {
        expected.put(e.getKey(), e.getValue());
      }
    }
    Statistics.label("facilitators reported").collect(expected.size());

    // when
    List<Finding> findings = validate(rule(), network, settings).findings();

    // then
    Map<String, Integer> found = new HashMap<>();
    for (Finding f : findings) {
      found.put(f.subject().last().key(), (Integer) f.arguments().get("meetings"));
    }
    assertThat(found).isEqualTo(expected);
    Statistics.label("facilitators reported").coverage(0, 10);
    Statistics.label("facilitators reported").coverage(1, 10);
    Statistics.label("facilitators reported").coverage(2, 2);
  }

  @Property(tries = 1000)
  void theOrderOfTheMeetingListNeverChangesTheReport(@ForAll("shuffledMeetings") List<Meeting> meetings) {
    // given
    Network listed = meetings(A, A, B, A, A, A, A, null, B, B, B, B);
    Network shuffled = Network.builder().from(listed).meetings(meetings).build();

    // when
    ValidationReport expected = validate(rule(), listed);
    ValidationReport actual = validate(rule(), shuffled);

    // then
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.count()).isEqualTo(2);
  }

  /** Sequences made of runs (a facilitator, or "-" for none, repeated 1 to 6 times), so long runs are common. */
  Gen<List<String>> sequences() {
    Gen<List<String>> run = Gen.combine(Gen.of(A, B, PERSON.value(), "-"), Gen.integers(1, 6))
        .as((facilitator, length) -> Collections.nCopies(length, facilitator));
    return run.list().ofMaxSize(5).map(runs -> {
      List<String> sequence = new ArrayList<>();
      runs.forEach(sequence::addAll);
      return sequence;
    });
  }

  /** The limits judged: 1 to 4 meetings in a row. */
  Gen<Integer> limits() {
    return Gen.integers(1, 4);
  }

  Gen<List<Meeting>> shuffledMeetings() {
    return Gen.shuffle(meetings(A, A, B, A, A, A, A, null, B, B, B, B).meetings());
  }

  /** The oracle: the longest run of each facilitator, counted on the plain sequence. */
  private static Map<String, Integer> longestRuns(List<String> sequence) {
    Map<String, Integer> longest = new HashMap<>();
    List<String> run = new ArrayList<>();
    for (String s : sequence) {
      if (!run.isEmpty() && !run.get(0).equals(s)) {
        run.clear();
      }
      run.add(s);
      if (!s.equals("-")) {
        longest.merge(s, run.size(), Math::max);
      }
    }
    return longest;
  }
}
