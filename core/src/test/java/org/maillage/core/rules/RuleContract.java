package org.maillage.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.project.PersonalisedProject;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * The contract every rule of the catalogue keeps, checked on generated valid networks of every shape: it is
 * deterministic, it never throws, every subject path it reports names something of the network, and the order
 * of the network's members, ties and meetings changes nothing in its findings. Each rule's test implements it.
 */
public interface RuleContract {

  /**
   * Returns the rule under test.
   *
   * @return the rule
   */
  Rule rule();

  private Validator validator() {
    return Validator.builder().addRule(rule()).build();
  }

  /**
   * Returns the networks the contract is checked on: valid networks of every kind and shape.
   *
   * @return the generator
   */
  default Gen<Network> contractNetworks() {
    return NetworkGenerators.networks();
  }

  /**
   * Returns the dates judged: up to 800 days either side of the networks' reference date.
   *
   * @return the generator
   */
  default Gen<LocalDate> contractDates() {
    return Gen.integers(-800, 800).map(NetworkGenerators.REFERENCE_DATE::plusDays);
  }

  @Property(tries = 40)
  default void the_rule_is_deterministic(
      @ForAll("contractNetworks") Network network, @ForAll("contractDates") LocalDate date) {
    // given
    ValidationSettings settings = ValidationSettings.asOf(date);

    // when
    ValidationReport first = validator().validate(network, settings);
    ValidationReport second = validator().validate(Network.builder().from(network).build(), settings);

    // then
    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 40)
  default void the_rule_never_throws_on_a_valid_network(
      @ForAll("contractNetworks") Network network, @ForAll("contractDates") LocalDate date) {
    // when
    ValidationReport report = validator().validate(network, ValidationSettings.asOf(date));

    // then
    assertThat(report.findings()).extracting(Finding::messageKey).doesNotContain(Validator.RULE_FAILED);
    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo(rule().id());
      assertThat(f.severity()).isEqualTo(rule().defaultSeverity());
    });
  }

  @Property(tries = 40)
  default void every_subject_path_names_something_of_the_network(
      @ForAll("contractNetworks") Network network, @ForAll("contractDates") LocalDate date) {
    // when
    ValidationReport report = validator().validate(network, ValidationSettings.asOf(date));

    // then
    for (Finding f : report.findings()) {
      assertThat(exists(network, f.subject())).as("%s names something of the network", f.subject()).isTrue();
    }
  }

  @Property(tries = 40)
  default void the_order_of_members_ties_and_meetings_changes_nothing(
      @ForAll("contractNetworks") Network network, @ForAll("contractDates") LocalDate date, @ForAll long seed) {
    // given
    Random random = new Random(seed);
    Network shuffled = Network.builder().from(network)
        .members(shuffle(network.members(), random))
        .ties(shuffle(network.ties(), random))
        .meetings(shuffle(network.meetings(), random))
        .build();
    ValidationSettings settings = ValidationSettings.asOf(date);

    // when
    ValidationReport original = validator().validate(network, settings);
    ValidationReport reordered = validator().validate(shuffled, settings);

    // then
    assertThat(reordered).isEqualTo(original);
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Tells whether every step of a path names something the network holds. */
  static boolean exists(Network network, SubjectPath path) {
    for (SubjectPath.Step step : path) {
      String key = step.key();
      boolean found = switch (step.kind()) {
        case NETWORK -> network.id().value().equals(key);
        case PERSON -> network.focalPerson().map(p -> p.id().value().equals(key)).orElse(false);
        case MEMBER -> network.members().stream().anyMatch(m -> m.id().value().equals(key));
        case ORGANISATION -> network.organisations().stream().anyMatch(o -> o.id().value().equals(key)
            || o.parent().map(parent -> parent.value().equals(key)).orElse(false));
        case TIE -> network.ties().stream().anyMatch(t -> t.id().value().equals(key));
        case MEETING -> network.meetings().stream().anyMatch(m -> m.id().value().equals(key));
        case FLOW -> network.flows().stream().anyMatch(f -> f.id().value().equals(key));
        case PROJECT -> network.project().isPresent();
        case OBJECTIVE -> network.project().map(PersonalisedProject::objectives).orElse(com.google.common.collect.ImmutableList.of()).stream()
            .anyMatch(o -> o.id().value().equals(key));
        case PARTNERSHIP -> network.partnership().isPresent();
        case GOVERNANCE -> true;
      };
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
