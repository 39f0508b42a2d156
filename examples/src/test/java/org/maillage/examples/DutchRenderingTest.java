package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.core.SharingPolicies;
import org.maillage.core.Validator;
import org.maillage.network.Governance;
import org.maillage.network.Network;
import org.maillage.sharing.SharingDecision;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * A Flemish reader validates the example scenarios with the locale {@code nl}: every finding renders from the
 * Dutch bundles (a missing key would throw), with every placeholder filled, and no English sentence is left, in
 * the findings, the report lines and the explanation of a sharing decision.
 */
class DutchRenderingTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Validator VALIDATOR = Validator.standard();

  /** English words that Dutch never writes: one of them in a Dutch text is English left untranslated. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "with", "without", "which", "this", "that",
      "network", "member", "members", "meeting", "should", "must", "not", "none", "for", "from", "when", "each",
      "person", "than", "more", "no", "any", "or", "by", "who", "what", "consent", "months", "their", "its",
      "step", "allowed", "informed", "flow", "recorded", "partnership", "review", "agreement");

  @Test
  void the_findings_of_spoilt_scenarios_render_in_dutch_without_english() {
    // given: scenarios that give findings of many rule families
    List<ValidationReport> reports = spoiltReports();
    List<String> problems = new ArrayList<>();

    // when
    int rendered = 0;
    for (ValidationReport report : reports) {
      for (Finding finding : report.findings()) {
        String dutch = VALIDATOR.render(finding, DUTCH);
        String english = VALIDATOR.render(finding, Locale.ENGLISH);
        rendered++;
        if (dutch.contains("{") || dutch.contains("}")) {
          problems.add(finding.messageKey() + ": a placeholder is left in '" + dutch + "'");
        }
        if (dutch.equals(english)) {
          problems.add(finding.messageKey() + ": the Dutch text is the English one");
        }
        englishWords(dutch).forEach(w -> problems.add(finding.messageKey() + ": English word '" + w + "' in '"
            + dutch + "'"));
      }
      assertThat(VALIDATOR.render(report, Locale.forLanguageTag("nl-BE"))).isEqualTo(VALIDATOR.render(report, DUTCH));
    }

    // then
    assertThat(rendered).as("findings rendered").isGreaterThanOrEqualTo(8);
    assertThat(problems).isEmpty();
  }

  @Test
  void the_report_lines_name_the_severity_in_dutch() {
    // when
    List<String> lines = VALIDATOR.render(VALIDATOR.validate(Scenarios.pairingWithinOneService(),
        ValidationSettings.asOf(Scenarios.AS_OF)), DUTCH);

    // then
    assertThat(lines).hasSize(3).allMatch(l -> l.startsWith("fout "));
    assertThat(lines).anyMatch(l -> l.contains("FORM-PAIRING") && l.contains("duowerking"));
  }

  @Test
  void the_demo_decision_explains_itself_in_dutch() {
    // given the demo's question, once the record is completed
    SharingDecision decision = SharingPolicies.france().decide(Scenarios.networkInterventionOutsideCareTeam(),
        Scenarios.consentQuestion());

    // when
    String dutch = SharingPolicies.explain(decision, DUTCH);

    // then
    assertThat(dutch.lines().findFirst()).hasValue("Beslissing: alleen toegestaan met voorafgaande toestemming");
    assertThat(dutch).doesNotContain("{").contains("Rechtsgrond: ").contains("Stap 7");
    assertThat(englishWords(dutch)).isEmpty();
  }

  private static List<ValidationReport> spoiltReports() {
    LocalDate twoYearsOn = Scenarios.AS_OF.plusYears(2);
    Network pairing = Scenarios.pairing();
    Network uncharted = Network.builder().from(pairing).governance(Governance.none()).build();
    Network fatherNotTold = Network.builder().from(pairing)
        .informings(pairing.informings().stream().filter(i -> !i.informed().equals(MemberId.of("r-father")))
            .collect(Collectors.toList()))
        .build();
    List<ValidationReport> reports = new ArrayList<>();
    reports.add(VALIDATOR.validate(Scenarios.pairingWithinOneService(), ValidationSettings.asOf(Scenarios.AS_OF)));
    reports.add(VALIDATOR.validate(uncharted, ValidationSettings.asOf(Scenarios.AS_OF)));
    reports.add(VALIDATOR.validate(fatherNotTold, ValidationSettings.asOf(Scenarios.AS_OF)));
    for (Network network : Scenarios.all().values()) {
      reports.add(VALIDATOR.validate(network, ValidationSettings.asOf(twoYearsOn)));
    }
    return reports;
  }

  private static List<String> englishWords(String text) {
    List<String> found = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ENGLISH.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }
}
