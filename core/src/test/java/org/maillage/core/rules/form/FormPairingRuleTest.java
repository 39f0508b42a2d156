package org.maillage.core.rules.form;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.form.FormFixtures.NETWORK;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.form.FormFixtures.former;
import static org.maillage.core.rules.form.FormFixtures.future;
import static org.maillage.core.rules.form.FormFixtures.network;
import static org.maillage.core.rules.form.FormFixtures.organisation;
import static org.maillage.core.rules.form.FormFixtures.person;
import static org.maillage.core.rules.form.FormFixtures.primary;
import static org.maillage.core.rules.form.FormFixtures.professional;
import static org.maillage.core.rules.form.FormFixtures.professionalBuilder;
import static org.maillage.core.rules.form.FormFixtures.settings;
import static org.maillage.core.rules.form.FormFixtures.validate;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class FormPairingRuleTest implements RuleContract {

  public Rule rule() {
    return new FormPairingRule();
  }

  private static Network.Builder pairing() {
    return network(NetworkForm.PAIRING).focalPerson(person())
        .addOrganisations(organisation("o-1"), organisation("o-2"), organisation("o-3"));
  }

  private static Network pairingOf(Professional... professionals) {
    return pairing().addMembers(professionals).build();
  }

  @Test
  void aTruePairingIsSilent() {
    // given
    Network network = pairingOf(professional("pro-1", "o-1", "M-1"), professional("pro-2", "o-2", "M-2"));
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).isEmpty();
  }

  @Test
  void oneProfessionalFiresWithTheCountAndTheRequiredTwo() {
    // given
    Network network = pairingOf(professional("pro-1", "o-1", "M-1"));
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("FORM-PAIRING"));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.messageKey()).isEqualTo("FORM-PAIRING.professionals");
      assertThat(f.arguments()).isEqualTo(Map.of("professionals", 1, "required", 2));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void threeProfessionalsFire() {
    // given
    Network network = pairingOf(professional("pro-1", "o-1", "M-1"), professional("pro-2", "o-2", "M-2"),
        professional("pro-3", "o-3", "M-3"));
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("professionals", 3));
  }

  @Test
  void primaryMembersDoNotCount() {
    // given
    Network network = pairing().addMembers(professional("pro-1", "o-1", "M-1"),
        professional("pro-2", "o-2", "M-2"), primary("m-aunt")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).isEmpty();
  }

  @Test
  void onlyCurrentProfessionalsCount() {
    // given: a third professional has left, a fourth has not joined yet
    Network three = pairingOf(professional("pro-1", "o-1", "M-1"), professional("pro-2", "o-2", "M-2"),
        former("pro-3", "o-3", "M-3"), future("pro-4", "o-3", "M-4"));
    Network one = pairingOf(professional("pro-1", "o-1", "M-1"), former("pro-2", "o-2", "M-2"));
    // when
    List<Finding> threeFindings = validate(rule(), three, settings());
    List<Finding> oneFindings = validate(rule(), one, settings());
    // then
    assertThat(threeFindings).isEmpty();
    assertThat(oneFindings).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("professionals", 1));
  }

  @Test
  void noFocalPersonFires() {
    // given
    Network network = network(NetworkForm.PAIRING).addOrganisations(organisation("o-1"), organisation("o-2"))
        .addMembers(professional("pro-1", "o-1", "M-1"), professional("pro-2", "o-2", "M-2")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("FORM-PAIRING.no-person");
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void sameOrganisationFiresOnTheOrganisation() {
    // given
    Network network = pairingOf(professional("pro-1", "o-1", "M-1"), professional("pro-2", "o-1", "M-2"));
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("FORM-PAIRING.same-organisation");
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK).organisation(OrganisationId.of("o-1")));
      assertThat(f.arguments()).isEqualTo(Map.of("organisation", OrganisationId.of("o-1")));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void twoServicesOfOneParentAreTwoOrganisations() {
    // given: the reading keeps organisations, not institutions
    Network network = network(NetworkForm.PAIRING).focalPerson(person())
        .addOrganisations(organisation("o-ase", "dept"), organisation("o-pmi", "dept"))
        .addMembers(professional("pro-1", "o-ase", "M-1"), professional("pro-2", "o-pmi", "M-2")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).isEmpty();
  }

  @Test
  void missingOrganisationAndMandateFireOnTheProfessional() {
    // given
    Professional bare = professionalBuilder("pro-2").build();
    Network network = pairingOf(professional("pro-1", "o-1", "M-1"), bare);
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    SubjectPath path = SubjectPath.of(NETWORK).member(MemberId.of("pro-2"));
    assertThat(findings).extracting(Finding::messageKey)
        .containsExactlyInAnyOrder("FORM-PAIRING.no-organisation", "FORM-PAIRING.no-mandate");
    assertThat(findings).allSatisfy(f -> assertThat((Object) f.subject()).isEqualTo(path));
    assertRenders(rule(), findings);
  }

  @Test
  void sameMandateReferenceFiresWhateverTheKinds() {
    // given
    Professional judge = professionalBuilder("pro-1").organisation(OrganisationId.of("o-1"))
        .mandate(Mandate.of(MandateKind.COURT_ORDER, "TE-118")).build();
    Professional contract = professionalBuilder("pro-2").organisation(OrganisationId.of("o-2"))
        .mandate(Mandate.of(MandateKind.CONTRACT, "TE-118")).build();
    Network network = pairingOf(judge, contract);
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("FORM-PAIRING.same-mandate");
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.arguments()).containsExactly(
          Map.entry("first", MemberId.of("pro-1")), Map.entry("second", MemberId.of("pro-2")));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void silentWhenThePairingIsNotDeclared() {
    // given: one professional alone, other forms declared or none
    Network none = network().focalPerson(person()).addOrganisations(organisation("o-1"))
        .addMembers(professional("pro-1", "o-1", "M-1")).build();
    Network other = network(NetworkForm.NETWORK_INTERVENTION).focalPerson(person())
        .addOrganisations(organisation("o-1")).addMembers(professional("pro-1", "o-1", "M-1")).build();
    // when / then
    assertThat(validate(rule(), none, settings())).isEmpty();
    assertThat(validate(rule(), other, settings())).isEmpty();
  }

  /** Every count of professionals from 0 to 12. */
  static IntStream counts() {
    return IntStream.rangeClosed(0, 12);
  }

  @ParameterizedTest(name = "{0} professionals")
  @MethodSource("counts")
  void firesOnTheCountExactlyWhenItIsNotTwo(int count) {
    // given: count professionals, each of their own organisation and mandate
    Network.Builder b = network(NetworkForm.PAIRING).focalPerson(person());
    for (int i = 0; i < count; i++) {
      b.addOrganisations(organisation("o-" + i)).addMembers(professional("pro-" + i, "o-" + i, "M-" + i));
    }
    // when
    List<Finding> findings = validate(rule(), b.build(), settings());
    // then
    if (count == 2) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments())
          .isEqualTo(Map.of("professionals", count, "required", 2)));
    }
  }
}
