package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.person.Agreement;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.MinorOfFamily;
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
  static Gen<Person> of(MemberId id, List<MemberId> primaries, List<MemberId> professionals,
      LocalDate asOf, Texts texts) {
    List<MemberId> candidates = new ArrayList<>(primaries);
    Stream.of("rep-0", "rep-1", "rep-2").map(MemberId::of).forEach(candidates::add);
    Gen<List<LegalRepresentative>> representatives =
        Gen.noneOr(6, 4, Gen.subsetOf(candidates).ofMinSize(1).ofMaxSize(2))
        .flatMap(ids -> all(ids.stream().map(r -> representative(r, texts)).toList()));
    Gen<Optional<String>> names = texts.optional("personname");
    Gen<LifeStage> stages = Gen.of(LifeStage.class);
    Gen<List<Need>> needs = needs(texts).list().ofMaxSize(5);
    Gen<List<Strength>> strengths = strengths(texts).list().ofMaxSize(3);
    Gen<List<String>> lifeChoices = texts.list("lifechoice", 3);
    Gen<List<JudicialMeasure>> measures =
        Gen.noneOr(4, 1, measure(professionals, asOf, texts).list().ofMinSize(1).ofMaxSize(2));
    // a date of birth one time in three, up to 30 years back; unable to protect themselves recorded one in four
    Gen<Optional<LocalDate>> births = Templates.dayWithin(asOf.minusDays(30 * 365), 30 * 365).optional(0.33);
    Gen<Optional<Boolean>> unable = Gen.booleans().optional(0.25);
    Gen<List<MinorOfFamily>> minors = Gen.noneOr(8, 2, minor(asOf, candidates).list().ofMinSize(1).ofMaxSize(2));
    return representatives.flatMap(reps -> {
      List<MemberId> speakers = new ArrayList<>();
      speakers.add(id);
      reps.forEach(r -> speakers.add(r.id()));
      Gen<List<Agreement>> agreements = agreement(speakers, asOf).list().ofMaxSize(3);
      Gen<List<RecordedView>> views = view(speakers, asOf, texts).list().ofMaxSize(2);
      return random -> Person.builder().id(id)
          .name(names.next(random)).lifeStage(stages.next(random)).addAllNeeds(needs.next(random))
          .addAllStrengths(strengths.next(random)).addAllLifeChoices(lifeChoices.next(random))
          .addAllRepresentatives(reps)
          .addAllAgreements(agreements.next(random)).addAllViews(views.next(random))
          .addAllMeasures(measures.next(random))
          .birthDate(births.next(random)).unableToProtectThemselves(unable.next(random))
          .addAllMinorsConcerned(numberedMinors(minors.next(random)))
          .build();
    });
  }

  /**
   * Returns periods dated around a day: started up to about four years before it, open or closed.
   *
   * @param asOf the day
   * @return periods
   */
  static Gen<Period> periodsAround(LocalDate asOf) {
    return Gen.combine(Gen.integers(-300, 1500), Gen.integers(0, 1500).optional(0.5))
        .as((sinceStart, length) -> {
          LocalDate start = asOf.minusDays(sinceStart);
          return Period.of(start, length.map(start::plusDays));
        });
  }

  /**
   * Returns lists of one value of each generator, in order.
   *
   * @param generators the generators
   * @return lists as long as the generators given
   */
  static <T> Gen<List<T>> all(List<Gen<T>> generators) {
    return Gen.combine(generators).as(ImmutableList::copyOf);
  }

  private static Gen<LegalRepresentative> representative(MemberId id, Texts texts) {
    return Gen.combine(Gen.of(RepresentationKind.class), texts.optional("repname"))
        .as((kind, name) -> LegalRepresentative.builder().id(id).kind(kind).name(name).build());
  }

  private static Gen<Need> needs(Texts texts) {
    return Gen.combine(Templates.spheres(), texts.optional("neednote"))
        .as((sphere, note) -> Need.builder().sphere(sphere).note(note).build());
  }

  private static Gen<Strength> strengths(Texts texts) {
    return Gen.combine(
            Gen.of(StrengthKind.class), Templates.spheres().optional(0.7), texts.optional("strengthnote"))
        .as((kind, sphere, note) -> Strength.builder().kind(kind).sphere(sphere).note(note).build());
  }

  /** Minors of the family: a stated stage or a date of birth under 18, and holders among the candidates. */
  private static Gen<MinorOfFamily> minor(LocalDate asOf, List<MemberId> holders) {
    return Gen.combine(Gen.of(LifeStage.YOUNG_CHILD, LifeStage.MINOR).optional(0.7),
            Templates.dayWithin(asOf.minusDays(17 * 365), 17 * 365).optional(0.5),
            Gen.subsetOf(holders).ofMaxSize(2))
        .as((stage, born, parents) -> {
          MinorOfFamily.Builder minor = MinorOfFamily.builder().id(MemberId.of("minor")).birthDate(born)
              .addAllHoldersOfParentalAuthority(parents);
          stage.ifPresent(minor::lifeStage);
          return minor.build();
        });
  }

  /** The minors, given distinct ids {@code minor-N}. */
  private static List<MinorOfFamily> numberedMinors(List<MinorOfFamily> minors) {
    List<MinorOfFamily> numbered = new ArrayList<>(minors.size());
    for (int i = 0; i < minors.size(); i++) {
      numbered.add(MinorOfFamily.builder().from(minors.get(i)).id(MemberId.of("minor-" + i)).build());
    }
    return numbered;
  }

  private static Gen<Agreement> agreement(List<MemberId> speakers, LocalDate asOf) {
    // a refusal one time in five
    return Gen.combine(
            Templates.choice(), Templates.dayWithin(asOf.minusDays(1500), 1560), Gen.integers(0, 400).optional(0.3),
            Gen.frequencyOf(Weighted.of(4, Gen.just(false)), Weighted.of(1, Gen.just(true))))
        .as((who, given, after, refused) -> Agreement.builder().by(speakers.get(who % speakers.size())).given(given)
            .refused(refused).withdrawn(after.map(given::plusDays)).build());
  }

  private static Gen<RecordedView> view(List<MemberId> speakers, LocalDate asOf, Texts texts) {
    return Gen.combine(
            Templates.choice(), Templates.dayWithin(asOf.minusDays(1500), 1560), Gen.of(Stance.class),
            texts.optional("viewnote"))
        .as((who, recorded, stance, note) -> RecordedView.builder().of(speakers.get(who % speakers.size()))
            .recorded(recorded).stance(stance).note(note).build());
  }

  private static Gen<JudicialMeasure> measure(List<MemberId> professionals, LocalDate asOf, Texts texts) {
    Gen<List<MemberId>> mandated = professionals.isEmpty()
        ? Gen.just(List.of())
        : Gen.subsetOf(professionals).ofMaxSize(3);
    Gen<String> references = texts.text("measure");
    Gen<MeasureKind> kinds = Gen.of(MeasureKind.class);
    Gen<Optional<MemberId>> judges = Gen.just(MemberId.of("judge-0")).optional(0.5);
    Gen<Period> periods = periodsAround(asOf);
    return random -> JudicialMeasure.builder().reference(references.next(random)).kind(kinds.next(random))
        .judge(judges.next(random)).period(periods.next(random)).addAllMandated(mandated.next(random)).build();
  }

  /**
   * Returns an optional value of a list, chosen uniformly.
   *
   * @param values the values
   * @return empty when the list is
   */
  static <T> Gen<Optional<T>> oneOf(List<T> values) {
    return values.isEmpty() ? Gen.just(Optional.empty()) : Gen.of(values).map(Optional::of);
  }
}
