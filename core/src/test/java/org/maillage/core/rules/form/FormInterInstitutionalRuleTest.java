package org.maillage.core.rules.form;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.form.FormFixtures.NETWORK;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.form.FormFixtures.former;
import static org.maillage.core.rules.form.FormFixtures.network;
import static org.maillage.core.rules.form.FormFixtures.organisation;
import static org.maillage.core.rules.form.FormFixtures.professional;
import static org.maillage.core.rules.form.FormFixtures.settings;
import static org.maillage.core.rules.form.FormFixtures.validate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class FormInterInstitutionalRuleTest implements RuleContract {

  public Rule rule() {
    return new FormInterInstitutionalRule();
  }

  private static Network.Builder declared() {
    return network(NetworkForm.INTER_INSTITUTIONAL).theme("maltraitance").territory("Lille-Sud");
  }

  @Test
  void twoInstitutionsWithThemeAndTerritoryAreSilent() {
    // given
    Network network = declared().addOrganisations(organisation("o-1"), organisation("o-2"))
        .addMembers(professional("pro-1", "o-1"), professional("pro-2", "o-2")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void oneInstitutionFiresWithTheCount() {
    // given
    Network network = declared().addOrganisations(organisation("o-1"))
        .addMembers(professional("pro-1", "o-1"), professional("pro-2", "o-1")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.messageKey()).isEqualTo("FORM-INTER-INSTITUTIONAL.institutions");
      assertThat(f.arguments()).containsExactly(Map.entry("institutions", 1), Map.entry("required", 2));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void noInstitutionAtAllFires() {
    // given
    Network network = declared().build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("institutions", 0));
  }

  @Test
  void twoServicesOfOneParentBodyAreOneInstitution() {
    // given
    Network oneBody = declared().addOrganisations(organisation("o-ase", "dept-59"), organisation("o-pmi", "dept-59"))
        .addMembers(professional("pro-1", "o-ase"), professional("pro-2", "o-pmi")).build();
    Network twoBodies = declared()
        .addOrganisations(organisation("o-ase", "dept-59"), organisation("o-cmp", "chu"))
        .addMembers(professional("pro-1", "o-ase"), professional("pro-2", "o-cmp")).build();
    // when / then
    assertThat(validate(rule(), oneBody, settings())).extracting(Finding::messageKey)
        .containsExactly("FORM-INTER-INSTITUTIONAL.institutions");
    assertThat(validate(rule(), twoBodies, settings())).isEmpty();
  }

  @Test
  void aListedPartnerWithoutProfessionalsCounts() {
    // given
    Network network = declared().addOrganisations(organisation("o-1"), organisation("o-partner"))
        .addMembers(professional("pro-1", "o-1")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void anOrganisationWhoseProfessionalsAllLeftDoesNotCount() {
    // given
    Network network = declared().addOrganisations(organisation("o-1"), organisation("o-2"))
        .addMembers(professional("pro-1", "o-1"), former("pro-2", "o-2", "M-2")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("institutions", 1));
  }

  @Test
  void missingOrBlankThemeAndTerritoryFireEach() {
    // given
    Network missing = network(NetworkForm.INTER_INSTITUTIONAL)
        .addOrganisations(organisation("o-1"), organisation("o-2"))
        .addMembers(professional("pro-1", "o-1"), professional("pro-2", "o-2")).build();
    Network blank = network(NetworkForm.INTER_INSTITUTIONAL).theme(" ").territory("")
        .addOrganisations(organisation("o-1"), organisation("o-2"))
        .addMembers(professional("pro-1", "o-1"), professional("pro-2", "o-2")).build();
    // when
    List<Finding> findings = validate(rule(), missing, settings());
    // then
    assertThat(findings).extracting(Finding::messageKey)
        .containsExactly("FORM-INTER-INSTITUTIONAL.no-territory", "FORM-INTER-INSTITUTIONAL.no-theme");
    assertThat(findings).allSatisfy(f -> assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK)));
    assertThat(validate(rule(), blank, settings())).isEqualTo(findings);
    assertRenders(rule(), findings);
  }

  @Test
  void everyFailingConditionIsReported() {
    // given
    Network network = network(NetworkForm.INTER_INSTITUTIONAL).build();
    // when / then
    assertThat(validate(rule(), network, settings())).hasSize(3);
  }

  @Test
  void silentWhenTheFormIsNotDeclared() {
    // given
    Network none = network().build();
    Network other = network(NetworkForm.PAIRING, NetworkForm.COLLECTIVE).build();
    // when / then
    assertThat(validate(rule(), none, settings())).isEmpty();
    assertThat(validate(rule(), other, settings())).isEmpty();
  }
}
