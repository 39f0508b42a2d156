package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.Person;
import org.maillage.sharing.SharingDecision;
import org.maillage.testing.ModelTypes;

/**
 * Every text attribute of the model is classified once, in the code, as personal, free text, or a code or
 * label ({@link Disclosure}); a new text attribute without a classification fails here.
 */
class DisclosureTest {

  @Test
  void everyTextAccessorOfEveryModelTypeIsClassified() {
    // given every model type of the api
    List<Class<?>> types = ModelTypes.all();

    // when their text accessors are read
    List<String> unclassified = ModelTypes.unclassified(types);

    // then the walk found the model, and every text accessor says what it holds
    assertThat(types).contains(Network.class, Person.class, Professional.class, JudicialMeasure.class,
        SharingDecision.class).hasSizeGreaterThan(30);
    assertThat(unclassified).isEmpty();
  }

  @Test
  void anUnclassifiedTextAccessorIsFound() {
    // given a type with a text accessor of each shape and no classification
    // when the check reads it, then each is reported
    assertThat(ModelTypes.unclassified(List.of(Unclassified.class)))
        .containsExactly("Unclassified.label", "Unclassified.lines", "Unclassified.note");
  }

  @Test
  void theClassificationOfTheModelIsTheOneWritten() {
    // given the accessors Maillage withholds from what it writes
    List<String> withheld = ModelTypes.withheld();

    // then the personal and free-text attributes are those, and a code or label is not among them
    assertThat(withheld).contains("JudicialMeasure.reference", "Person.name", "Person.lifeChoices",
        "Professional.name", "Professional.note", "Mandate.reference", "NetworkBasis.reference",
        "Governance.place", "ConcertedStrategy.statement", "Partnership.commonProject", "Organisation.name")
        .doesNotContain("Competence.role", "Origin.legalBasis", "SharingDecision.legalBasis", "Network.theme");
  }

  /** A model-like type whose text accessors are not classified. */
  abstract static class Unclassified {
    public abstract StringBuilder label();

    public abstract List<String> lines();

    public abstract Optional<String> note();

    public abstract int count();
  }
}
