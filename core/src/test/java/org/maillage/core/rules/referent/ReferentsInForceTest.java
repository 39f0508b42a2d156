package org.maillage.core.rules.referent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.referent.ReferentFixtures.DATE;
import static org.maillage.core.rules.referent.ReferentFixtures.network;
import static org.maillage.core.rules.referent.ReferentFixtures.professional;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.SharingPolicy;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/** The référents in force on a date (<i>référents en fonction</i>), each once. */
class ReferentsInForceTest {
  private static final MemberId ANNE = MemberId.of("pro-anne");
  private static final MemberId BRUNO = MemberId.of("pro-bruno");
  private static final MemberId CLARA = MemberId.of("pro-clara");

  @Test
  void eachReferentInForceOnceInTheOrderOfTheirFirstDesignation() {
    // given Bruno first designated long ago and again now; Anne designated twice, both in force; Clara's
    // designation ended
    Network network = network()
        .addMembers(professional("pro-anne").build(), professional("pro-bruno").build(),
            professional("pro-clara").build())
        .addReferents(
            ReferentDesignation.of(BRUNO, Period.of(DATE.minusYears(1), DATE.minusMonths(6))),
            ReferentDesignation.of(ANNE, Period.from(DATE.minusMonths(3))),
            ReferentDesignation.of(CLARA, Period.of(DATE.minusYears(1), DATE.minusDays(1))),
            ReferentDesignation.of(BRUNO, Period.from(DATE.minusMonths(1))),
            ReferentDesignation.of(ANNE, Period.of(DATE.minusMonths(1), DATE.plusMonths(1))))
        .build();

    // when
    List<MemberId> referents = ReferentsInForce.of(network, DATE);

    // then
    assertThat(referents).containsExactly(BRUNO, ANNE);
    assertThat(ReferentsInForce.of(network, DATE.minusYears(2))).isEmpty();
  }

  @Test
  void thousandsOfReferentsAreEachFoundOnce() {
    // given 3,000 professionals, each designated twice in turn, the second designation in force
    Network.Builder builder = network();
    for (int i = 0; i < 3000; i++) {
      builder.addMember(professional("pro-" + i).build());
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 3000; i++) {
        builder.addReferent(ReferentDesignation.of(MemberId.of("pro-" + i), round == 0
            ? Period.of(DATE.minusYears(1), DATE.minusMonths(6)) : Period.from(DATE.minusMonths(6).plusDays(1))));
      }
    }
    Network network = builder.build();

    // when
    List<MemberId> referents = ReferentsInForce.of(network, DATE);

    // then
    assertThat(referents).hasSize(3000).doesNotHaveDuplicates().startsWith(MemberId.of("pro-0"))
        .endsWith(MemberId.of("pro-2999"));
  }

  @Test
  void theReferentsOfOneValidationAreFoundOnceAndFoundAgainForAnotherDate() {
    // given a network with one référent in force, and two rules' contexts sharing one validation's derived values
    Network network = network()
        .addMembers(professional("pro-anne").build())
        .addReferents(ReferentDesignation.of(ANNE, Period.from(DATE.minusMonths(3))))
        .build();
    Map<Function<?, ?>, Object> derived = new IdentityHashMap<>();

    // when the two rules of the family ask on the validation's date, then a validation of another date asks
    List<MemberId> first = ReferentsInForce.of(network, context(DATE, derived));
    List<MemberId> second = ReferentsInForce.of(network, context(DATE, derived));
    List<MemberId> before = ReferentsInForce.of(network, context(DATE.minusYears(1), derived));

    // then the second rule reads the first one's list, and the other date gets its own
    assertThat(first).containsExactly(ANNE);
    assertThat(second).isSameAs(first);
    assertThat(before).isEmpty();
  }

  /** A rule's context on a date whose derived values are kept in the map given, as one validation keeps them. */
  private static RuleContext context(LocalDate date, Map<Function<?, ?>, Object> derived) {
    ValidationSettings settings = ValidationSettings.asOf(date);
    return new RuleContext() {
      @Override
      public ValidationSettings settings() {
        return settings;
      }

      @Override
      public SharingPolicy sharingPolicy(Jurisdiction jurisdiction) {
        throw new UnsupportedOperationException("not read by the référents in force");
      }

      @Override
      @SuppressWarnings("unchecked") // filed under its derivation, of its type
      public <T> T derived(Network network, Function<? super Network, ? extends T> derivation) {
        return (T) derived.computeIfAbsent(derivation, d -> derivation.apply(network));
      }

      @Override
      public Finding finding(SubjectPath subject, String messageKey, Map<String, ?> arguments) {
        throw new UnsupportedOperationException("not made by the référents in force");
      }
    };
  }
}
