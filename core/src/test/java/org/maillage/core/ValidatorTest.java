package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.Language;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Relation;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleContext;
import org.maillage.validation.RuleId;
import org.maillage.validation.RuleSource;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationException;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class ValidatorTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static Network network() {
    return Network.builder().id(NetworkId.of("n-1")).created(DAY.minusMonths(2))
        .addMember(PrimaryMember.builder().id(MemberId.of("m-1")).relation(Relation.FRIEND)
            .horizon(Horizon.CLOSE).name("Secret Name").involvedFrom(DAY.minusMonths(2)).build())
        .build();
  }

  /** A rule that always throws, as a buggy custom rule might. */
  private static final class ThrowingRule implements Rule {
    @Override
    public RuleId id() {
      return RuleId.of("TEST-THROWS");
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public RuleSource source() {
      return RuleSource.of("Maillage tests", "failure");
    }

    @Override
    public String title(Locale locale) {
      return "throws";
    }

    @Override
    public Optional<String> template(String messageKey, Language language) {
      return Optional.empty();
    }

    @Override
    public List<Finding> check(Network network, RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void aRuleThatThrowsBecomesAnErrorFindingCarryingItsIdAndTheOthersStillRun() {
    // given
    Validator validator = Validator.builder().addRule(new ThrowingRule()).addRule(new DiscoverableRule()).build();

    // when
    ValidationReport report = validator.validate(network(), ValidationSettings.asOf(DAY));

    // then
    assertThat(report.ofRule(RuleId.of("TEST-THROWS"))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.messageKey()).isEqualTo(Validator.RULE_FAILED);
      assertThat(validator.render(f, Locale.ENGLISH)).contains("TEST-THROWS").contains("IllegalStateException");
      assertThat(validator.render(f, Locale.FRENCH)).contains("n'a pas pu");
      assertThat(validator.render(f, Locale.forLanguageTag("nl"))).contains("TEST-THROWS")
          .contains("kon dit netwerk niet controleren");
    });
    assertThat(report.ofRule(DiscoverableRule.ID)).hasSize(1);
    assertThat(report.isAcceptable()).isFalse();
    assertThatThrownBy(report::orThrow).isInstanceOf(ValidationException.class)
        .hasMessageContaining("n-1").hasMessageContaining("TEST-THROWS");
  }

  @Test
  void duplicateRuleIdsFailFast() {
    // given
    Validator.Builder builder = Validator.builder().addRule(new DiscoverableRule());

    // when / then
    assertThatThrownBy(() -> builder.addRule(new DiscoverableRule()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TEST-MEMBER-COUNT");
    assertThatThrownBy(() -> Validator.builder().addStandardRules().addStandardRules())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serviceLoaderDiscoveryIsOptIn() {
    // when
    Validator plain = Validator.standard();
    Validator discovering = Validator.builder().addStandardRules().discoverRules().build();

    // then
    assertThat(plain.rule(DiscoverableRule.ID)).isEmpty();
    assertThat(discovering.rule(DiscoverableRule.ID)).isPresent();
    assertThat(discovering.rules()).hasSize(plain.rules().size() + 1);
  }

  @Test
  void disabledRulesDoNotRunAndSeverityOverridesApply() {
    // given
    Validator validator = Validator.builder().addRule(new DiscoverableRule()).build();

    // when
    ValidationReport disabled = validator.validate(network(),
        ValidationSettings.builder().date(DAY).addDisabledRule(DiscoverableRule.ID).build());
    ValidationReport overridden = validator.validate(network(),
        ValidationSettings.builder().date(DAY).putSeverityOverride(DiscoverableRule.ID, Severity.ERROR).build());

    // then
    assertThat(disabled.isEmpty()).isTrue();
    assertThat(overridden.findings()).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void renderingFillsArgumentsInTheReadersLanguageAndReportsCarryNoName() {
    // given
    Validator validator = Validator.builder().addRule(new DiscoverableRule()).build();
    ValidationReport report = validator.validate(network(), ValidationSettings.asOf(DAY));

    // when
    List<String> fr = validator.render(report, Locale.forLanguageTag("fr-BE"));
    List<String> en = validator.render(report, Locale.GERMAN);
    List<String> nl = validator.render(report, Locale.forLanguageTag("nl-BE"));

    // then
    assertThat(fr).containsExactly("information TEST-MEMBER-COUNT network[n-1]: 1 membre(s)");
    assertThat(en).containsExactly("information TEST-MEMBER-COUNT network[n-1]: 1 member(s)");
    assertThat(nl).containsExactly("informatie TEST-MEMBER-COUNT network[n-1]: 1 lid/leden");
    assertThat(report.toString()).doesNotContain("Secret").contains("n-1");
    assertThat(report.findings()).extracting(Finding::subject).containsExactly(SubjectPath.of(NetworkId.of("n-1")));
  }

  @Test
  void aCustomRuleWithoutDutchTemplatesCannotRenderInDutchAndSaysSo() {
    // given: a custom rule written before Dutch, whose texts are French and English only
    Rule twoLanguages = new Rule() {
      private final Rule delegate = new DiscoverableRule();

      @Override
      public RuleId id() {
        return delegate.id();
      }

      @Override
      public Severity defaultSeverity() {
        return delegate.defaultSeverity();
      }

      @Override
      public RuleSource source() {
        return delegate.source();
      }

      @Override
      public String title(Locale locale) {
        return delegate.title(locale);
      }

      @Override
      public Optional<String> template(String messageKey, Language language) {
        return language == Language.DUTCH ? Optional.empty() : delegate.template(messageKey, language);
      }

      @Override
      public List<Finding> check(Network network, RuleContext context) {
        return delegate.check(network, context);
      }
    };
    Validator validator = Validator.builder().addRule(twoLanguages).build();
    Finding finding = validator.validate(network(), ValidationSettings.asOf(DAY)).findings().get(0);

    // when / then: French still renders; Dutch names the rule, the language and the key to add
    assertThat(validator.render(finding, Locale.FRENCH)).isEqualTo("1 membre(s)");
    assertThatThrownBy(() -> validator.render(finding, Locale.forLanguageTag("nl-BE")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TEST-MEMBER-COUNT")
        .hasMessageContaining("DUTCH").hasMessageContaining("TEST-MEMBER-COUNT.count");
  }

  @Test
  void renderingAFindingOfAnUnknownRuleSaysSo() {
    // given
    Finding foreign = Validator.builder().addRule(new DiscoverableRule()).build()
        .validate(network(), ValidationSettings.asOf(DAY)).findings().get(0);

    // when / then
    assertThatThrownBy(() -> Validator.builder().build().render(foreign, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TEST-MEMBER-COUNT");
  }
}
