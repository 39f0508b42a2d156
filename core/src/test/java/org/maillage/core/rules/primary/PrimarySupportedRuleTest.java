package org.maillage.core.rules.primary;

import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.core.Validator;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

class PrimarySupportedRuleTest implements RuleContract {
  private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  private static final NetworkId NETWORK = NetworkId.of("n-1");
  private static final MemberId PERSON = MemberId.of("p-1");
  private static final SubjectPath PERSON_PATH = SubjectPath.of(NETWORK).person(PERSON);

  public Rule rule() {
    return new PrimarySupportedRule();
  }

  private static PrimaryMember primary(String id) {
    PrimaryMember.Builder b = PrimaryMember.builder();
    b.id(MemberId.of(id)).relation(Relation.NEIGHBOUR).horizon(Horizon.CLOSE).involvedFrom(CREATED);
    return b.build();
  }

  private static Professional professional(String id) {
    Professional.Builder b = Professional.builder();
    b.id(MemberId.of(id)).sector(Sector.HEALTH).horizon(Horizon.MIDDLE).involvedFrom(CREATED);
    return b.build();
  }

  /**
   * A network with {@code professionals} professionals, {@code mobilised} primary members who give practical
   * support to the person, and {@code idle} current primary members who give nothing.
   */
  private static Network network(int professionals, int mobilised, int idle) {
    Network.Builder b = Network.builder();
    b.id(NETWORK).created(CREATED).focalPerson(Person.builder().id(PERSON).build());
    for (int i = 0; i < professionals; i++) {
      b.addMember(professional("pro-" + i));
    }
    for (int i = 0; i < mobilised; i++) {
      b.addMember(primary("m-" + i)).addTie(Tie.builder().id(TieId.of("t-" + i)).first(MemberId.of("m-" + i))
          .second(PERSON).nature(TieNature.AFFECTIVE).putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST)
          .build());
    }
    for (int i = 0; i < idle; i++) {
      b.addMember(primary("idle-" + i));
    }
    return b.build();
  }

  private List<Finding> validate(Network network, ValidationSettings settings) {
    return Validator.builder().addRule(rule()).build().validate(network, settings).findings();
  }

  private List<Finding> validate(Network network) {
    return validate(network, ValidationSettings.asOf(DATE));
  }

  @Test
  void noCurrentPrimaryMemberFires() {
    // given: a primary member who left does not count
    PrimaryMember.Builder left = PrimaryMember.builder();
    left.id(MemberId.of("m-left")).relation(Relation.FRIEND).horizon(Horizon.CLOSE)
        .addInvolvements(Period.of(CREATED, DATE.minusDays(1)));
    Network network = Network.builder().id(NETWORK).created(CREATED).focalPerson(Person.builder().id(PERSON).build())
        .addMembers(professional("pro-1"), left.build()).build();
    // when
    List<Finding> findings = validate(network);
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PRIMARY-SUPPORTED.no-primary");
      assertThat(f.arguments()).isEqualTo(Map.of("professionals", 1));
    });
    render(findings);
  }

  @Test
  void noPrimaryMemberFiresEvenWithoutProfessionals() {
    // given / when / then
    assertThat(validate(network(0, 0, 0))).singleElement()
        .satisfies(f -> assertThat(f.arguments()).isEqualTo(Map.of("professionals", 0)));
  }

  @Test
  void threeToOneIsSilentAndFourToOneFires() {
    // given: just below, at and just above the ratio
    List<Finding> below = validate(network(2, 1, 0));
    List<Finding> at = validate(network(3, 1, 0));
    List<Finding> above = validate(network(4, 1, 0));
    // then
    assertThat(below).isEmpty();
    assertThat(at).isEmpty();
    assertThat(above).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PRIMARY-SUPPORTED.outnumbered");
      assertThat(f.arguments()).containsExactly(Map.entry("professionals", 4), Map.entry("mobilised", 1),
          Map.entry("ratio", 3));
    });
    render(above);
  }

  @Test
  void aCurrentButUnmobilisedCircleWithOneProfessionalFires() {
    // given: M = 0 and P = 1
    List<Finding> findings = validate(network(1, 0, 2));
    // then
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments())
        .containsExactly(Map.entry("professionals", 1), Map.entry("mobilised", 0), Map.entry("ratio", 3)));
  }

  @Test
  void aCircleWithoutProfessionalsIsSilent() {
    // given / when / then
    assertThat(validate(network(0, 0, 1))).isEmpty();
  }

  @Test
  void aChangedRatioIsHonoured() {
    // given
    ValidationSettings two = ValidationSettings.builder().date(DATE).primaryRatio(2).build();
    // when / then
    assertThat(validate(network(3, 2, 0), two)).isEmpty();
    assertThat(validate(network(4, 2, 0), two)).isEmpty();
    assertThat(validate(network(5, 2, 0), two)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("ratio", 2));
  }

  @Test
  void silentWithoutFocalPerson() {
    // given
    Network network = Network.builder().id(NETWORK).created(CREATED).addMembers(professional("pro-1")).build();
    // when / then
    assertThat(validate(network)).isEmpty();
  }

  /** Every number of professionals from 0 to 12, of mobilised primary members from 0 to 4, and ratio from 1 to 4. */
  static Stream<Arguments> professionalsMobilisedAndRatios() {
    return IntStream.rangeClosed(0, 12).boxed().flatMap(professionals -> IntStream.rangeClosed(0, 4).boxed()
        .flatMap(mobilised -> IntStream.rangeClosed(1, 4)
            .mapToObj(ratio -> Arguments.of(professionals, mobilised, ratio))));
  }

  @ParameterizedTest(name = "{0} professionals, {1} mobilised, ratio {2}")
  @MethodSource("professionalsMobilisedAndRatios")
  void firesExactlyWhenProfessionalsExceedTheRatioTimesTheMobilised(int professionals, int mobilised, int ratio) {
    // given: one idle primary member, so that the primary network is never empty
    ValidationSettings settings = ValidationSettings.builder().date(DATE).primaryRatio(ratio).build();
    // when
    List<Finding> findings = validate(network(professionals, mobilised, 1), settings);
    // then
    assertThat(findings).hasSize(professionals > ratio * mobilised ? 1 : 0);
  }

  private void render(List<Finding> findings) {
    Validator validator = Validator.builder().addRule(rule()).build();
    for (Finding f : findings) {
      String french = validator.render(f, Locale.FRENCH);
      String english = validator.render(f, Locale.ENGLISH);
      assertThat(french).doesNotContain("{").doesNotContain("}").isNotEqualTo(english);
      assertThat(english).doesNotContain("{").doesNotContain("}");
    }
  }
}
