package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.TieId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Arrangement;
import org.maillage.analysis.Classification;
import org.maillage.analysis.Feature;
import org.maillage.core.NetworkAnalysis;
import org.maillage.member.Horizon;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.partnership.Charter;
import org.maillage.partnership.Partnership;
import org.maillage.person.Person;

/** The classifier on networks written to DOMAIN.md §1, the scores worked out from the documented weights. */
class FormClassifierTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  private static final MemberId PERSON = MemberId.of("p-1");

  private static Professional professional(String id, String organisation, String mandate) {
    return Professional.builder().id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .organisation(OrganisationId.of(organisation)).mandate(Mandate.of(MandateKind.CONTRACT, mandate))
        .involvedFrom(START).build();
  }

  private static Organisation organisation(String id) {
    return Organisation.builder().id(OrganisationId.of(id)).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL)
        .build();
  }

  private static Network.Builder aroundThePerson() {
    return Network.builder().id(NetworkId.of("n-1")).created(START).focalPerson(Person.builder().id(PERSON).build());
  }

  private static Classification classify(Network network) {
    return NetworkAnalysis.classify(network, AnalysisSettings.asOf(DATE));
  }

  @Test
  void three_professionals_around_one_person_without_a_mobilised_relative_is_a_multi_professional_follow_up() {
    // given
    Network network = aroundThePerson()
        .addOrganisation(organisation("o-a")).addOrganisation(organisation("o-b")).addOrganisation(organisation("o-c"))
        .addMember(professional("pro-a", "o-a", "m-1")).addMember(professional("pro-b", "o-b", "m-2"))
        .addMember(professional("pro-c", "o-c", "m-3")).build();

    // when
    Classification c = classify(network);

    // then: network intervention (person 2·1 + mobilised 3·0) / 5 = 0.4, the closest;
    // pairing (1·1 + 4·0 + 1·0 + 1·0) / 7; inter-institutional (2·0 + 2·0 + 2·1) / 6 and collective
    // (4·0 + 2·1) / 6 (three institutions);
    // mutual aid 1/5 (no professional gives support)
    assertThat(c.score(NetworkForm.NETWORK_INTERVENTION).score()).isCloseTo(2 / 5.0, EXACT);
    assertThat(c.score(NetworkForm.PAIRING).score()).isCloseTo(1 / 7.0, EXACT);
    assertThat(c.score(NetworkForm.INTER_INSTITUTIONAL).score()).isCloseTo(2 / 6.0, EXACT);
    assertThat(c.score(NetworkForm.COLLECTIVE).score()).isCloseTo(2 / 6.0, EXACT);
    assertThat(c.score(NetworkForm.MUTUAL_AID).score()).isCloseTo(1 / 5.0, EXACT);
    assertThat(c.highForms()).isEmpty();
    assertThat(c.closestForm().form()).isEqualTo(NetworkForm.NETWORK_INTERVENTION);
    assertThat(c.closestForm().lacking()).extracting(f -> f.message().key()).containsExactly(FormClassifier.MOBILISED);
    assertThat(c.multiProfessionalFollowUp()).isTrue();
    // and in words: none of the five, the closest named, the follow-up said, not "travail de coordination"
    String english = NetworkAnalysis.render(c, Locale.ENGLISH);
    assertThat(english).contains("No form scores high (from 0.5); the closest is network intervention")
        .contains("a multi-professional follow-up, not yet a network intervention")
        .contains("[ ] 0 mobilised primary member(s): -. (weight 3)").doesNotContain("coordination");
    assertThat(NetworkAnalysis.render(c, Locale.FRENCH)).contains("suivi pluriprofessionnel")
        .contains("la plus proche est intervention de réseau").doesNotContain("coordination");
  }

  @Test
  void a_partnership_built_as_domain_md_defines_it_classifies_as_partnership() {
    // given: professionals only, no person, formal, formalised by a charter, around a common project
    Network network = Network.builder().id(NetworkId.of("n-partners")).created(START).formality(Formality.FORMAL)
        .addOrganisation(organisation("o-a")).addOrganisation(organisation("o-b"))
        .addMember(professional("pro-a", "o-a", "m-1")).addMember(professional("pro-b", "o-b", "m-2"))
        .partnership(Partnership.builder().addOrganisation(OrganisationId.of("o-a"))
            .addOrganisation(OrganisationId.of("o-b")).commonProject("accès au logement")
            .charter(Charter.of(START)).build())
        .build();

    // when
    Classification c = classify(network);

    // then: partnership (2 + 2 + 1 + 1) / 6 = 1; network (2·0 + 1·0 + 1·0 + 1·0) / 5 = 0
    assertThat(c.partnershipScore()).isCloseTo(1, EXACT);
    assertThat(c.networkScore()).isCloseTo(0, EXACT);
    assertThat(c.verdict()).isEqualTo(Arrangement.PARTNERSHIP);
  }

  @Test
  void a_person_centred_network_with_a_mobilised_relative_classifies_as_network_intervention_and_network() {
    // given: an aunt gives the person emotional support; one professional
    Network network = aroundThePerson().addOrganisation(organisation("o-a"))
        .addMember(PrimaryMember.builder().id(MemberId.of("m-aunt")).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(START).build())
        .addMember(professional("pro-a", "o-a", "m-1"))
        .addTie(Tie.builder().id(TieId.of("t-1")).first(MemberId.of("m-aunt")).second(PERSON)
            .nature(TieNature.AFFECTIVE).putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build())
        .build();

    // when
    Classification c = classify(network);

    // then: network intervention (2 + 3) / 5 = 1; network (2 + 1 + 1 + 1) / 5 = 1; partnership
    // (2·0 + 2·0 + 1·0 + 1·0) / 6 = 0
    assertThat(c.closestForm().form()).isEqualTo(NetworkForm.NETWORK_INTERVENTION);
    assertThat(c.closestForm().score()).isCloseTo(1, EXACT);
    assertThat(c.highForms()).containsExactly(NetworkForm.NETWORK_INTERVENTION);
    assertThat(c.multiProfessionalFollowUp()).isFalse();
    assertThat(c.verdict()).isEqualTo(Arrangement.NETWORK);
  }

  @Test
  void pairing_and_network_intervention_coexist() {
    // given: two professionals of two organisations under two mandates, and a mobilised aunt
    Network network = aroundThePerson().addOrganisation(organisation("o-a")).addOrganisation(organisation("o-b"))
        .addMember(professional("pro-a", "o-a", "m-1")).addMember(professional("pro-b", "o-b", "m-2"))
        .addMember(PrimaryMember.builder().id(MemberId.of("m-aunt")).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(START).build())
        .addTie(Tie.builder().id(TieId.of("t-1")).first(MemberId.of("m-aunt")).second(PERSON)
            .nature(TieNature.AFFECTIVE).putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST).build())
        .build();

    // when
    Classification c = classify(network);

    // then: both 1; equal scores in the order of NetworkForm
    assertThat(c.highForms()).containsExactly(NetworkForm.PAIRING, NetworkForm.NETWORK_INTERVENTION);
    assertThat(c.coexisting()).isTrue();
    assertThat(NetworkAnalysis.render(c, Locale.ENGLISH)).contains("These forms coexist.")
        .contains("Forms that score high (from 0.5): pairing, network intervention.");
    assertThat(c.score(NetworkForm.PAIRING).features()).allSatisfy(f -> assertThat(f.isMet()).isTrue());
  }

  @Test
  void declared_forms_never_feed_the_scores() {
    // given
    Network plain = aroundThePerson().addOrganisation(organisation("o-a"))
        .addMember(professional("pro-a", "o-a", "m-1")).build();
    Network declared = Network.builder().from(plain).addForm(NetworkForm.COLLECTIVE).addForm(NetworkForm.PAIRING)
        .build();

    // when, then
    assertThat(classify(declared)).isEqualTo(classify(plain));
  }

  @Test
  void a_higher_threshold_makes_fewer_forms_high() {
    // given
    Network network = aroundThePerson().addOrganisation(organisation("o-a"))
        .addMember(professional("pro-a", "o-a", "m-1")).build();

    // when: network intervention (1 + 0 + 1) / 5 = 0.4
    Classification low = NetworkAnalysis.classify(network, AnalysisSettings.builder().date(DATE)
        .formThreshold(0.4).build());
    Classification usual = classify(network);

    // then
    assertThat(low.highForms()).containsExactly(NetworkForm.NETWORK_INTERVENTION);
    assertThat(usual.highForms()).isEmpty();
  }

  @Test
  void every_feature_and_classification_message_has_a_french_and_an_english_template() throws IOException {
    // given
    Properties en = bundle("en");
    Properties fr = bundle("fr");

    // then
    assertThat(en.stringPropertyNames()).containsAll(FormClassifier.KEYS).contains("maillage.classification.none",
        "maillage.classification.follow-up", "maillage.classification.arrangement");
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void features_refuse_a_weight_or_value_out_of_range() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feature.of(org.maillage.Message.of("k"), 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feature.of(org.maillage.Message.of("k"), 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStreamReader in = new InputStreamReader(FormClassifierTest.class.getResourceAsStream(
        "/org/maillage/core/Messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
