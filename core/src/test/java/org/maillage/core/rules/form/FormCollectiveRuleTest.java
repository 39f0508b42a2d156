package org.maillage.core.rules.form;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.form.FormFixtures.NETWORK;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.form.FormFixtures.association;
import static org.maillage.core.rules.form.FormFixtures.network;
import static org.maillage.core.rules.form.FormFixtures.organisation;
import static org.maillage.core.rules.form.FormFixtures.participant;
import static org.maillage.core.rules.form.FormFixtures.professional;
import static org.maillage.core.rules.form.FormFixtures.settings;
import static org.maillage.core.rules.form.FormFixtures.validate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.network.ConcertedStrategy;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.StrategyKind;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class FormCollectiveRuleTest implements RuleContract {
  private static final ConcertedStrategy STRATEGY =
      ConcertedStrategy.of(StrategyKind.LOCAL_DEVELOPMENT, "rouvrir un lieu d'accueil dans le quartier");

  public Rule rule() {
    return new FormCollectiveRule();
  }

  @Test
  void twoAssociationsOnAStrategyAreSilent() {
    // given: associations of inhabitants count as partners, through their participants
    Network network = network(NetworkForm.COLLECTIVE).strategy(STRATEGY)
        .addOrganisations(association("a-1"), association("a-2"))
        .addMembers(participant("x-1"), participant("x-2")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void anAssociationAndAnInstitutionAreTwoPartners() {
    // given
    Network network = network(NetworkForm.COLLECTIVE).strategy(STRATEGY)
        .addOrganisations(association("a-1"), organisation("o-1"))
        .addMembers(professional("pro-1", "o-1")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void onePartnerFiresWithTheCount() {
    // given
    Network network = network(NetworkForm.COLLECTIVE).strategy(STRATEGY).addOrganisations(association("a-1"))
        .addMembers(participant("x-1")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.messageKey()).isEqualTo("FORM-COLLECTIVE.partners");
      assertThat(f.arguments()).containsExactly(Map.entry("partners", 1), Map.entry("required", 2));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void participantsAloneAreNotPartners() {
    // given
    Network network = network(NetworkForm.COLLECTIVE).strategy(STRATEGY)
        .addMembers(participant("x-1"), participant("x-2"), participant("x-3")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("partners", 0));
  }

  @Test
  void servicesOfOneParentBodyAreOnePartner() {
    // given
    Network network = network(NetworkForm.COLLECTIVE).strategy(STRATEGY)
        .addOrganisations(organisation("o-1", "mairie"), organisation("o-2", "mairie"))
        .addMembers(professional("pro-1", "o-1"), professional("pro-2", "o-2")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("partners", 1));
  }

  @Test
  void noStrategyFires() {
    // given
    Network network = network(NetworkForm.COLLECTIVE).addOrganisations(association("a-1"), association("a-2"))
        .build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("FORM-COLLECTIVE.no-strategy");
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.arguments()).isEmpty();
    });
    assertRenders(rule(), findings);
  }

  @Test
  void bothConditionsAreReported() {
    // given
    Network network = network(NetworkForm.COLLECTIVE).build();
    // when / then
    assertThat(validate(rule(), network, settings())).extracting(Finding::messageKey)
        .containsExactly("FORM-COLLECTIVE.no-strategy", "FORM-COLLECTIVE.partners");
  }

  @Test
  void silentWhenTheFormIsNotDeclared() {
    // given
    Network network = network(NetworkForm.MUTUAL_AID).addMembers(participant("x-1")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }
}
