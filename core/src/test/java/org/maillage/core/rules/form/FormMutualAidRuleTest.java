package org.maillage.core.rules.form;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.form.FormFixtures.NETWORK;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.form.FormFixtures.former;
import static org.maillage.core.rules.form.FormFixtures.gives;
import static org.maillage.core.rules.form.FormFixtures.mutual;
import static org.maillage.core.rules.form.FormFixtures.network;
import static org.maillage.core.rules.form.FormFixtures.organisation;
import static org.maillage.core.rules.form.FormFixtures.participant;
import static org.maillage.core.rules.form.FormFixtures.primary;
import static org.maillage.core.rules.form.FormFixtures.professional;
import static org.maillage.core.rules.form.FormFixtures.settings;
import static org.maillage.core.rules.form.FormFixtures.validate;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.SupportType;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class FormMutualAidRuleTest implements RuleContract {

  public Rule rule() {
    return new FormMutualAidRule();
  }

  private static SubjectPath member(String id) {
    return SubjectPath.of(NETWORK).member(MemberId.of(id));
  }

  @Test
  void reciprocalExchangesFacilitatedByAProfessionalAreSilent() {
    // given
    Network network = network(NetworkForm.MUTUAL_AID).addOrganisations(organisation("o-1"))
        .addMembers(participant("x-1"), participant("x-2"), professional("pro-1", "o-1"))
        .addTies(mutual("t-1", "x-1", "x-2", SupportType.INFORMATIONAL)).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void oneWayExchangesFireForBothEnds() {
    // given
    Network network = network(NetworkForm.MUTUAL_AID).addMembers(participant("x-1"), participant("x-2"))
        .addTies(gives("t-1", "x-1", "x-2", SupportType.PRACTICAL)).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0)).satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(member("x-1"));
      assertThat(f.messageKey()).isEqualTo("FORM-MUTUAL-AID.gives-only");
      assertThat(f.arguments()).isEqualTo(Map.of("given", 1));
    });
    assertThat(findings.get(1)).satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(member("x-2"));
      assertThat(f.messageKey()).isEqualTo("FORM-MUTUAL-AID.receives-only");
      assertThat(f.arguments()).isEqualTo(Map.of("received", 1));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void aMemberWithoutExchangesFires() {
    // given: primary members are non-professional members too
    Network network = network(NetworkForm.MUTUAL_AID).addMembers(primary("m-1")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(member("m-1"));
      assertThat(f.messageKey()).isEqualTo("FORM-MUTUAL-AID.neither");
      assertThat(f.arguments()).isEmpty();
    });
    assertRenders(rule(), findings);
  }

  @Test
  void aProfessionalWhoGivesFires() {
    // given
    Network network = network(NetworkForm.MUTUAL_AID).addOrganisations(organisation("o-1"))
        .addMembers(participant("x-1"), professional("pro-1", "o-1"))
        .addTies(mutual("t-1", "x-1", "pro-1", SupportType.EMOTIONAL)).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then: the participant both gives and receives; the professional should not
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(member("pro-1"));
      assertThat(f.messageKey()).isEqualTo("FORM-MUTUAL-AID.professional-exchanges");
      assertThat(f.arguments()).containsExactly(Map.entry("given", 1), Map.entry("received", 1));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void formerMembersAreNotJudgedAndTiesToThemDoNotCount() {
    // given: x-1's only exchange is with a professional who has left
    Network network = network(NetworkForm.MUTUAL_AID).addOrganisations(organisation("o-1"))
        .addMembers(participant("x-1"), former("pro-1", "o-1", "M-1"))
        .addTies(mutual("t-1", "x-1", "pro-1", SupportType.EMOTIONAL)).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(member("x-1"));
      assertThat(f.messageKey()).isEqualTo("FORM-MUTUAL-AID.neither");
    });
  }

  @Test
  void silentWhenTheFormIsNotDeclared() {
    // given
    Network network = network(NetworkForm.COLLECTIVE).addMembers(participant("x-1"), participant("x-2"))
        .addTies(gives("t-1", "x-1", "x-2", SupportType.PRACTICAL)).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  /** Every chain length from 2 to 30. */
  static IntStream chainSizes() {
    return IntStream.rangeClosed(2, 30);
  }

  @ParameterizedTest(name = "a chain of {0}")
  @MethodSource("chainSizes")
  void aChainOfMutualExchangesIsSilentAndOneIsolateFiresOnce(int size) {
    // given: participants x-0 .. x-(size-1) in a chain of mutual ties, plus one isolated participant
    Network.Builder b = network(NetworkForm.MUTUAL_AID).addMembers(participant("x-isolated"));
    for (int i = 0; i < size; i++) {
      b.addMembers(participant("x-" + i));
      if (i > 0) {
        b.addTies(mutual("t-" + i, "x-" + (i - 1), "x-" + i, SupportType.COMPANIONSHIP));
      }
    }
    // when
    List<Finding> findings = validate(rule(), b.build(), settings());
    // then
    assertThat(findings).singleElement()
        .satisfies(f -> assertThat((Object) f.subject()).isEqualTo(member("x-isolated")));
  }
}
