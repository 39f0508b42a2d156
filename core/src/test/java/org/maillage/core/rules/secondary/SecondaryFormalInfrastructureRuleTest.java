package org.maillage.core.rules.secondary;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.secondary.SecondaryFixtures.NETWORK;
import static org.maillage.core.rules.secondary.SecondaryFixtures.network;
import static org.maillage.core.rules.secondary.SecondaryFixtures.validate;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maillage.core.Validator;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class SecondaryFormalInfrastructureRuleTest implements RuleContract {

  public Rule rule() {
    return new SecondaryFormalInfrastructureRule();
  }

  /** Governance stating every item except the one given (null: every item stated). */
  private static Governance allBut(InfrastructureItem missing) {
    Governance.Builder governance = Governance.builder();
    if (missing != InfrastructureItem.PLACE) {
      governance.place("maison des solidarités");
    }
    if (missing != InfrastructureItem.COMMUNICATION_TOOLS) {
      governance.addCommunicationTool("messagerie sécurisée");
    }
    if (missing != InfrastructureItem.FACILITATION) {
      governance.facilitation("animation tournante");
    }
    if (missing != InfrastructureItem.TRACES) {
      governance.traces("compte rendu partagé");
    }
    return governance.build();
  }

  @Test
  void namesEachMissingItemOfAFormalNetworkStatingNothing() {
    // given
    Network network = network(Formality.FORMAL).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).hasSize(4).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("SECONDARY-FORMAL-INFRASTRUCTURE"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).governance());
      assertThat(f.messageKey()).isEqualTo("SECONDARY-FORMAL-INFRASTRUCTURE.missing");
    });
    assertThat(report.findings()).extracting(f -> f.arguments().get("missing"))
        .containsExactlyInAnyOrder((Object[]) InfrastructureItem.values());
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void stateEverythingSilencesIt() {
    // given
    Network network = network(Formality.FORMAL).governance(allBut(null)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(InfrastructureItem.class)
  void namesExactlyTheItemThatIsMissing(InfrastructureItem item) {
    // given
    Network network = network(Formality.FORMAL).governance(allBut(item)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().extracting(Finding::arguments)
        .satisfies(args -> assertThat(args).containsExactly(java.util.Map.entry("missing", item)));
  }

  @Test
  void blankStatementsAreNotStated() {
    // given
    Governance blank = Governance.builder().place(" ").addCommunicationTool("").facilitation("\t").traces("  ")
        .build();
    Network network = network(Formality.FORMAL).governance(blank).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.count()).isEqualTo(4);
  }

  @Test
  void oneRealToolAmongBlankOnesIsEnough() {
    // given
    Governance governance = Governance.builder().from(allBut(InfrastructureItem.COMMUNICATION_TOOLS))
        .addCommunicationTools(" ", "agenda partagé").build();
    Network network = network(Formality.FORMAL).governance(governance).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void isSilentOnInformalNetworks() {
    // given
    Network network = network(Formality.INFORMAL).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void theMissingItemIsRenderedWithItsLabelInEachLanguage() {
    // given
    Network network = network(Formality.FORMAL).governance(allBut(InfrastructureItem.PLACE)).build();
    Validator validator = Validator.builder().addRule(rule()).build();
    Finding finding = validate(rule(), network).findings().get(0);

    // when
    String french = validator.render(finding, Locale.FRENCH);
    String english = validator.render(finding, Locale.ENGLISH);

    // then
    assertThat(french).contains("lieu de réunion");
    assertThat(english).contains("meeting place");
  }

  @ParameterizedTest
  @EnumSource(InfrastructureItem.class)
  void everyItemHasALabelAndADefinitionInBothLanguages(InfrastructureItem item) {
    // given
    Locale[] locales = {Locale.FRENCH, Locale.ENGLISH, Locale.CANADA_FRENCH, Locale.GERMAN};

    // when / then
    for (Locale locale : locales) {
      assertThat(item.label(locale)).isNotBlank();
      assertThat(item.definition(locale)).isNotBlank().endsWith(".");
    }
    assertThat(item.label(Locale.FRENCH)).isNotEqualTo(item.label(Locale.ENGLISH));
    assertThat(item.label(Locale.CANADA_FRENCH)).isEqualTo(item.label(Locale.FRENCH));
    assertThat(item.label(Locale.GERMAN)).isEqualTo(item.label(Locale.ENGLISH));
  }
}
