package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.person.Agreement;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.RecordedView;
import org.maillage.person.RepresentationKind;
import org.maillage.person.Stance;
import org.maillage.person.Strength;
import org.maillage.person.StrengthKind;

/**
 * Focal persons (<i>personnes accompagnées</i>): needs, strengths, life choices, legal representatives and
 * what they agreed to, recorded views, and judicial measures whose mandated professionals are given.
 */
final class Persons {
  private Persons() {}

  /**
   * Returns persons.
   *
   * @param id the person's id
   * @param primaries ids of primary members who may also be legal representatives (a parent, say)
   * @param professionals ids that judicial measures may mandate; professionals of the network
   * @param asOf the date around which everything is dated
   * @param texts how to fill names and notes
   * @return valid persons
   */
  static Arbitrary<Person> of(MemberId id, List<MemberId> primaries, List<MemberId> professionals,
      LocalDate asOf, Texts texts) {
    List<MemberId> candidates = new ArrayList<>(primaries);
    Stream.of("rep-0", "rep-1", "rep-2").map(MemberId::of).forEach(candidates::add);
    Arbitrary<List<LegalRepresentative>> representatives = Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(List.<MemberId>of())),
            Tuple.of(4, Arbitraries.subsetOf(candidates).ofMinSize(1).ofMaxSize(2).map(s -> List.copyOf(s))))
        .flatMap(ids -> all(ids.stream().map(r -> representative(r, texts)).toList()));
    return representatives.flatMap(reps -> {
      List<MemberId> speakers = new ArrayList<>();
      speakers.add(id);
      reps.forEach(r -> speakers.add(r.id()));
      var about = Combinators.combine(
              texts.optional("personname"),
              Arbitraries.of(LifeStage.class),
              needs(texts).list().ofMaxSize(5),
              strengths(texts).list().ofMaxSize(3),
              texts.list("lifechoice", 3))
          .as(Tuple::of);
      var records = Combinators.combine(
              agreement(speakers, asOf).list().ofMaxSize(3),
              view(speakers, asOf, texts).list().ofMaxSize(2),
              Arbitraries.frequencyOf(
                  Tuple.of(4, Arbitraries.just(List.<JudicialMeasure>of())),
                  Tuple.of(1, measure(professionals, asOf, texts).list().ofMinSize(1).ofMaxSize(2))))
          .as(Tuple::of);
      return Combinators.combine(about, records).as((a, r) -> Person.builder().id(id)
          .name(a.get1()).lifeStage(a.get2()).addAllNeeds(a.get3()).addAllStrengths(a.get4())
          .addAllLifeChoices(a.get5())
          .addAllRepresentatives(reps)
          .addAllAgreements(r.get1()).addAllViews(r.get2()).addAllMeasures(r.get3())
          .build());
    });
  }

  /**
   * Returns periods dated around a day: started up to about four years before it, open or closed.
   *
   * @param asOf the day
   * @return periods
   */
  static Arbitrary<Period> periodsAround(LocalDate asOf) {
    return Combinators.combine(Arbitraries.integers().between(-300, 1500), Arbitraries.integers().between(0, 1500)
            .optional(0.5))
        .as((sinceStart, length) -> {
          LocalDate start = asOf.minusDays(sinceStart);
          return Period.of(start, length.map(start::plusDays));
        });
  }

  static <T> Arbitrary<List<T>> all(List<Arbitrary<T>> arbitraries) {
    return arbitraries.isEmpty()
        ? Arbitraries.just(List.of())
        : Combinators.combine(arbitraries).as(ImmutableList::copyOf);
  }

  private static Arbitrary<LegalRepresentative> representative(MemberId id, Texts texts) {
    return Combinators.combine(Arbitraries.of(RepresentationKind.class), texts.optional("repname"))
        .as((kind, name) -> LegalRepresentative.builder().id(id).kind(kind).name(name).build());
  }

  private static Arbitrary<Need> needs(Texts texts) {
    return Combinators.combine(Templates.spheres(), texts.optional("neednote"))
        .as((sphere, note) -> Need.builder().sphere(sphere).note(note).build());
  }

  private static Arbitrary<Strength> strengths(Texts texts) {
    return Combinators.combine(
            Arbitraries.of(StrengthKind.class), Templates.spheres().optional(0.7), texts.optional("strengthnote"))
        .as((kind, sphere, note) -> Strength.builder().kind(kind).sphere(sphere).note(note).build());
  }

  private static Arbitrary<Agreement> agreement(List<MemberId> speakers, LocalDate asOf) {
    return Combinators.combine(
            Templates.choice(), Templates.dayWithin(asOf.minusDays(1500), 1560), Arbitraries.integers().between(0, 400)
                .optional(0.3))
        .as((who, given, after) -> Agreement.builder().by(speakers.get(who % speakers.size())).given(given)
            .withdrawn(after.map(given::plusDays)).build());
  }

  private static Arbitrary<RecordedView> view(List<MemberId> speakers, LocalDate asOf, Texts texts) {
    return Combinators.combine(
            Templates.choice(), Templates.dayWithin(asOf.minusDays(1500), 1560), Arbitraries.of(Stance.class),
            texts.optional("viewnote"))
        .as((who, recorded, stance, note) -> RecordedView.builder().of(speakers.get(who % speakers.size()))
            .recorded(recorded).stance(stance).note(note).build());
  }

  private static Arbitrary<JudicialMeasure> measure(List<MemberId> professionals, LocalDate asOf, Texts texts) {
    Arbitrary<List<MemberId>> mandated = professionals.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.subsetOf(professionals).ofMaxSize(3).map(List::copyOf);
    return Combinators.combine(
            texts.text("measure"), Arbitraries.of(MeasureKind.class),
            Arbitraries.just(MemberId.of("judge-0")).optional(0.5), periodsAround(asOf), mandated)
        .as((reference, kind, judge, period, who) -> JudicialMeasure.builder().reference(reference).kind(kind)
            .judge(judge).period(period).addAllMandated(who).build());
  }

  /**
   * Returns an optional value of a list, chosen uniformly.
   *
   * @param values the values
   * @return empty when the list is
   */
  static <T> Arbitrary<Optional<T>> oneOf(List<T> values) {
    return values.isEmpty() ? Arbitraries.just(Optional.empty()) : Arbitraries.of(values).map(Optional::of);
  }
}
