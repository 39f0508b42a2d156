package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillage.Message;
import org.maillage.person.MeasureKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;

/**
 * The reference of a judicial measure is personal (a docket number names a case about the person): the
 * sharing decision names the measure by its kind and start, never by its reference, in its legal basis, its
 * reasons and its explanation, whatever the measure's kind.
 */
class MeasureReferenceTest {
  private static final String REFERENCE = "TE-2026-118";
  private final FrenchSharingPolicy policy = FrenchSharingPolicy.instance();

  @Test
  void aReportToTheJudgeOfAnOtherMeasureNamesItsKindNotItsReference() {
    // given a report to the judge of a measure of kind OTHER that mandates the sender
    Scenario scenario = Scenario.report(ReportKind.REPORT_TO_JUDGE).measure(MeasureKind.OTHER, Scenario.EDUC)
        .flow(f -> f.sender(Scenario.EDUC).recipients(List.of(Scenario.JUDGE)));

    // when it is decided and explained
    SharingDecision decision = scenario.decide();

    // then the legal basis, the reasons and the explanation name the measure without its reference
    assertThat(decision.isAllowed()).isTrue();
    assertThat(decision.legalBasis()).isNotEmpty().noneMatch(b -> b.label().contains(REFERENCE));
    assertThat(written(decision)).noneMatch(text -> text.contains(REFERENCE));
    assertThat(policy.explain(decision, Locale.ENGLISH)).contains("other measure");
    assertThat(policy.explain(decision, Locale.FRENCH)).contains("autre mesure");
  }

  @Test
  void aReportToSomeoneElseNamesTheMandatingMeasureByItsKind() {
    // given a mandated educator reporting to someone other than the judge
    Scenario scenario = Scenario.report(ReportKind.REPORT_TO_JUDGE)
        .measure(MeasureKind.EDUCATIONAL_ASSISTANCE, Scenario.EDUC)
        .flow(f -> f.sender(Scenario.EDUC).recipients(List.of(Scenario.AS)));

    // when it is decided
    SharingDecision decision = scenario.decide();

    // then no reason quotes the reference, and the explanation names the kind of measure
    assertThat(written(decision)).noneMatch(text -> text.contains(REFERENCE));
    assertThat(policy.explain(decision, Locale.ENGLISH)).contains("educational assistance in the family");
  }

  private List<String> written(SharingDecision decision) {
    List<String> texts = new ArrayList<>();
    texts.add(decision.toString());
    decision.legalBasis().forEach(b -> texts.add(b.label()));
    for (Message reason : decision.reasons()) {
      texts.add(reason.toString());
      texts.add(policy.render(reason, Locale.FRENCH));
      texts.add(policy.render(reason, Locale.ENGLISH));
    }
    texts.add(policy.explain(decision, Locale.FRENCH));
    texts.add(policy.explain(decision, Locale.ENGLISH));
    return texts;
  }
}
