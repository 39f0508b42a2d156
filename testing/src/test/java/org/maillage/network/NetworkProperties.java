package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maillage.NetworkId;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.person.Person;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** Properties of whole generated networks: they build, they copy, they compare, they keep secrets. */
class NetworkProperties {
  private static final java.time.LocalDate ASOF = NetworkGenerators.REFERENCE_DATE;

  @Property(tries = 200)
  void everyGeneratedNetworkBuildsAndReachesEveryShape(@ForAll("networks") Network network) {
    // given a generated network, whose invariants held when it was built

    // when it is built again from its parts
    Network rebuilt = Network.builder().from(network).build();

    // then it is the same value, and the generator reaches every shape of interest
    assertThat(rebuilt).isEqualTo(network);
    assertThat(network.members()).hasSizeLessThanOrEqualTo(NetworkGenerators.MAX_MEMBERS);
    assertThat(network.created()).isBeforeOrEqualTo(ASOF);
    shape("no focal person", !network.isPersonCentred(), 15);
    shape("person-centred", network.isPersonCentred(), 30);
    shape("empty primary network", network.isPersonCentred() && network.primaryMembers().isEmpty(), 2);
    shape("no professional", network.professionals().isEmpty(), 3);
    shape("exactly one professional", network.professionals().size() == 1, 5);
    shape("100 members or more", network.members().size() >= 100, 3);
    shape("no member", network.members().isEmpty(), 1);
    shape("participants", !network.participants().isEmpty(), 15);
    shape("ties", !network.ties().isEmpty(), 50);
    shape("ties with supports", network.ties().stream().anyMatch(t -> !t.supports().isEmpty()), 40);
    shape("meetings", !network.meetings().isEmpty(), 30);
    shape("flows", !network.flows().isEmpty(), 30);
    shape("a report", network.flows().stream().anyMatch(f -> f.report().isPresent()), 5);
    shape("informings", !network.informings().isEmpty(), 15);
    shape("objections", !network.objections().isEmpty(), 5);
    shape("consents", !network.consents().isEmpty(), 10);
    shape("status history", !network.statusHistory().isEmpty(), 20);
    shape("a member who left and rejoined", network.members().stream().anyMatch(m -> m.involvements().size() >= 2),
        20);
    shape("a former member", network.members().stream().anyMatch(m -> !m.isCurrentOn(ASOF)), 20);
    shape("formal", network.formality() == Formality.FORMAL, 25);
    shape("informal", network.formality() == Formality.INFORMAL, 25);
    shape("partnership", network.partnership().isPresent(), 10);
    shape("referent designation", !network.referents().isEmpty(), 10);
    shape("personalised project", network.project().isPresent(), 15);
    shape("legal representative",
        network.focalPerson().map(p -> !p.representatives().isEmpty()).orElse(false), 5);
    shape("judicial measure mandating a professional", network.focalPerson()
        .map(p -> p.measures().stream().anyMatch(m -> !m.mandated().isEmpty())).orElse(false), 1);
    shape("declared forms", !network.forms().isEmpty(), 30);
    shape("organisation with a parent body", network.organisations().stream().anyMatch(o -> o.parent().isPresent()),
        15);
  }

  @Property(tries = 60)
  void copyingThroughTheBuilderGivesAnEqualNetwork(@ForAll("networks") Network network) {
    // given a generated network

    // when it is copied through its builder
    Network copy = Network.builder().from(network).build();

    // then equality, hash code and text agree
    assertThat(copy).isEqualTo(network);
    assertThat(network).isEqualTo(copy);
    assertThat(copy.hashCode()).isEqualTo(network.hashCode());
    assertThat(copy.toString()).isEqualTo(network.toString());
    assertThat(copy.graph()).isEqualTo(network.graph());
  }

  @Property(tries = 40)
  void anyChangedPartMakesAnotherNetwork(@ForAll("networks") Network network) {
    // given a generated network

    // when one part is changed
    Network renamed = Network.builder().from(network).id(NetworkId.of(network.id().value() + "-b")).build();
    Network recreated = Network.builder().from(network).created(network.created().minusDays(1)).build();
    Network withoutTies = Network.builder().from(network).ties(List.of()).build();

    // then the copies differ from it, and equal values have equal hash codes
    assertThat(renamed).isNotEqualTo(network);
    assertThat(recreated).isNotEqualTo(network);
    if (network.ties().isEmpty()) {
      assertThat(withoutTies).isEqualTo(network).hasSameHashCodeAs(network);
    } else {
      assertThat(withoutTies).isNotEqualTo(network);
    }
  }

  @Property(tries = 60)
  void toStringShowsNoNameNoteOrPersonalText(@ForAll("withNamesAndNotes") Network network) {
    // given a network whose every name, note and personal free text is filled
    List<String> secrets = personalTexts(network);

    // when it is printed
    String text = network.toString();

    // then none of those texts appears, though there were many
    assertThat(secrets).isNotEmpty();
    assertThat(secrets).allSatisfy(secret -> assertThat(text).doesNotContain(secret));
    Statistics.label("personal texts").collect(secrets.size() >= 20 ? ">=20" : "<20");
  }

  @Property(tries = 20)
  void namesAndNotesAreAlwaysFilled(@ForAll("withNamesAndNotes") Network network) {
    // given a network generated with names and notes

    // when its members, organisations and person are read
    // then every name and note is present
    assertThat(network.name()).isPresent();
    assertThat(network.members()).allSatisfy(m -> {
      assertThat(m.name()).isPresent();
      assertThat(m.note()).isPresent();
    });
    assertThat(network.organisations()).allSatisfy(o -> assertThat(o.name()).isPresent());
    network.focalPerson().ifPresent(p -> {
      assertThat(p.name()).isPresent();
      assertThat(p.lifeChoices()).isNotEmpty();
    });
    assertThat(network.meetings()).allSatisfy(m -> assertThat(m.note()).isPresent());
    assertThat(network.flows()).allSatisfy(f -> assertThat(f.note()).isPresent());
  }

  /** Every text the model marks as personal (redacted from {@code toString()}). */
  static List<String> personalTexts(Network n) {
    List<String> texts = new ArrayList<>();
    n.name().ifPresent(texts::add);
    n.focalPerson().ifPresent(p -> personal(p, texts));
    for (Member m : n.members()) {
      m.name().ifPresent(texts::add);
      m.note().ifPresent(texts::add);
    }
    for (Organisation o : n.organisations()) {
      o.name().ifPresent(texts::add);
    }
    n.meetings().forEach(m -> m.note().ifPresent(texts::add));
    n.flows().forEach(f -> {
      f.note().ifPresent(texts::add);
      f.purpose().flatMap(p -> p.statement()).ifPresent(texts::add);
    });
    n.evaluations().forEach(e -> e.outcome().ifPresent(texts::add));
    n.referentAssessments().forEach(a -> a.evidence().ifPresent(texts::add));
    n.project().ifPresent(project -> {
      project.evaluationStrategy().ifPresent(texts::add);
      project.objectives().forEach(o -> {
        o.statement().ifPresent(texts::add);
        o.means().forEach(m -> m.description().ifPresent(texts::add));
      });
    });
    return texts;
  }

  private static void personal(Person p, List<String> texts) {
    p.name().ifPresent(texts::add);
    texts.addAll(p.lifeChoices());
    p.needs().forEach(need -> need.note().ifPresent(texts::add));
    p.strengths().forEach(s -> s.note().ifPresent(texts::add));
    p.views().forEach(v -> v.note().ifPresent(texts::add));
    p.representatives().forEach(r -> r.name().ifPresent(texts::add));
  }

  private static void shape(String label, boolean reached, double minimumPercent) {
    Statistics.label(label).collect(reached);
    Statistics.label(label).coverage(true, minimumPercent);
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<Network> withNamesAndNotes() {
    return NetworkGenerators.withNamesAndNotes();
  }
}
