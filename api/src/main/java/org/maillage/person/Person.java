package org.maillage.person;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * The person supported, at the centre of a person-centred network (<i>personne accompagnée</i>).
 *
 * <p>Holds what the network is built from: needs by life sphere, strengths (resources, competences,
 * knowledge), life choices, and what the law needs to know: life stage, legal representatives, agreements to
 * the network, recorded views when a court ordered it, and judicial measures in progress.
 *
 * <pre>{@code
 * Person lea = Person.builder()
 *     .id(MemberId.of("p-lea"))
 *     .lifeStage(LifeStage.MINOR)
 *     .addNeed(Need.of(LifeSphere.SCHOOLING))
 *     .addStrength(Strength.of(StrengthKind.COMPETENCE, LifeSphere.SOCIAL_LIFE))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. The name and life choices are personal and left out of
 * {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /**
   * Returns the person's id, also used as the end of ties to the person.
   *
   * @return the id
   */
  public abstract MemberId id();

  /**
   * Returns the person's name.
   *
   * @return the name, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract Optional<String> name();

  /**
   * Returns the person's life stage as stated; adults by default. Rules judge the stage as of a date with
   * {@link #lifeStageOn(LocalDate)}, which follows the {@link #birthDate() date of birth} when it is recorded.
   *
   * @return the stated life stage
   */
  @Value.Default
  public LifeStage lifeStage() {
    return LifeStage.ADULT;
  }

  /**
   * Returns the person's date of birth (<i>date de naissance</i>), personal data left out of {@code toString()}.
   *
   * @return the date, or empty when not recorded
   * @since 0.2
   */
  @Value.Redacted
  public abstract Optional<LocalDate> birthDate();

  /**
   * Tells whether the person is recorded as unable to protect themselves because of age or physical or mental
   * incapacity (<i>personne hors d'état de se protéger</i>, Code pénal 226-14 1°): a fact of its own, recorded
   * yes or no, not only inferred from a protection measure or a representation.
   *
   * @return true or false as recorded, or empty when not recorded
   * @since 0.2
   */
  public abstract Optional<Boolean> unableToProtectThemselves();

  /**
   * Returns the minors of the person's family whom the support concerns (<i>mineurs de la famille</i>): an adult's
   * children or other minors of the family, each with the holders of parental authority over them, so that the
   * person is "a member of a minor's family" (CASF L226-2-2).
   *
   * @return the minors, possibly empty
   * @since 0.2
   */
  public abstract ImmutableList<MinorOfFamily> minorsConcerned();

  /**
   * Returns the minors of the person's family who are minors on a date, as {@link Person#lifeStageOn} judges
   * their stage.
   *
   * @param date the day judged
   * @return those still minors that day, in the order recorded
   * @since 0.2
   */
  public final ImmutableList<Person> minorsOfFamilyOn(LocalDate date) {
    ImmutableList.Builder<Person> minors = ImmutableList.builder();
    for (MinorOfFamily m : minorsConcerned()) {
      if (m.asPerson().lifeStageOn(date).isMinor()) {
        minors.add(m.asPerson());
      }
    }
    return minors.build();
  }

  /**
   * Returns the person's life stage on a date (<i>âge et statut à une date</i>). With a {@link #birthDate() date
   * of birth}, the person is a minor until the day before their eighteenth birthday and an adult on it
   * ({@link LocalDate#plusYears(long) birth date plus 18 years}); a minor stated {@link LifeStage#YOUNG_CHILD} stays
   * one (maturity is judged, not counted), any other is {@link LifeStage#MINOR}; an adult stated
   * {@link LifeStage#YOUNG_ADULT_IN_CHILD_PROTECTION} stays one (the support goes on), any other is
   * {@link LifeStage#ADULT}. Without a date of birth, the stated {@link #lifeStage()}.
   *
   * <pre>{@code
   * Person lea = Person.builder().id(MemberId.of("p-lea")).lifeStage(LifeStage.MINOR)
   *     .birthDate(LocalDate.of(2008, 6, 15)).build();
   * lea.lifeStageOn(LocalDate.of(2026, 6, 14)); // MINOR
   * lea.lifeStageOn(LocalDate.of(2026, 6, 15)); // ADULT
   * }</pre>
   *
   * @param date the day judged
   * @return the life stage on that day
   * @since 0.2
   */
  public final LifeStage lifeStageOn(LocalDate date) {
    LocalDate birth = birthDate().orElse(null);
    if (birth == null) {
      return lifeStage();
    }
    // a birth so late that the eighteenth birthday lies past LocalDate.MAX never comes
    boolean adult = !birth.isAfter(LocalDate.MAX.minusYears(18)) && !date.isBefore(birth.plusYears(18));
    LifeStage stated = lifeStage();
    if (adult) {
      return stated == LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION ? stated : LifeStage.ADULT;
    }
    return stated == LifeStage.YOUNG_CHILD ? stated : LifeStage.MINOR;
  }

  /**
   * Returns the needs, by life sphere.
   *
   * @return the needs, possibly empty
   */
  public abstract ImmutableList<Need> needs();

  /**
   * Returns the resources, competences and knowledge of the person.
   *
   * @return the strengths, possibly empty
   */
  public abstract ImmutableList<Strength> strengths();

  /**
   * Returns the person's life choices (<i>choix de vie</i>), in their words.
   *
   * @return the life choices, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract ImmutableList<String> lifeChoices();

  /**
   * Returns the legal representatives: holders of parental authority, guardian, curator.
   *
   * @return the representatives, possibly empty
   */
  public abstract ImmutableList<LegalRepresentative> representatives();

  /**
   * Returns the answers to the network, agreements and refusals, by the person, a representative or another
   * relative (a primary member of the network, checked when the network is built), in force or withdrawn.
   *
   * @return the agreements, possibly empty
   */
  public abstract ImmutableList<Agreement> agreements();

  /**
   * Returns the views recorded where the network rests on a court order.
   *
   * @return the views, possibly empty
   */
  public abstract ImmutableList<RecordedView> views();

  /**
   * Returns the judicial measures recorded for the person, in progress or past.
   *
   * @return the measures, possibly empty
   */
  public abstract ImmutableList<JudicialMeasure> measures();

  /**
   * Returns the life spheres in which the person has needs.
   *
   * @return the spheres of {@link #needs()}, in first-seen order
   */
  @Value.Lazy
  public ImmutableSet<LifeSphere> needSpheres() {
    ImmutableSet.Builder<LifeSphere> spheres = ImmutableSet.builder();
    needs().forEach(n -> spheres.add(n.sphere()));
    return spheres.build();
  }

  /**
   * Tells whether the person has needs in at least two life spheres (<i>besoins multiples</i>), the
   * situation in which the literature indicates network work.
   *
   * @return true if {@link #needSpheres()} has two or more spheres
   */
  public final boolean hasMultipleNeeds() {
    return needSpheres().size() >= 2;
  }

  /**
   * Returns the representative with an id, if recorded.
   *
   * @param representative the id
   * @return the representative, or empty
   */
  public final Optional<LegalRepresentative> representative(MemberId representative) {
    return Optional.ofNullable(representativeIndex().get(representative));
  }

  /**
   * The representatives by id, so that {@link #representative(MemberId)}, asked for each recipient of each
   * flow, is not a search of the list.
   */
  @Value.Lazy
  ImmutableMap<MemberId, LegalRepresentative> representativeIndex() {
    ImmutableMap.Builder<MemberId, LegalRepresentative> index =
        ImmutableMap.builderWithExpectedSize(representatives().size());
    for (LegalRepresentative r : representatives()) {
      index.put(r.id(), r);
    }
    return index.buildOrThrow();
  }

  /**
   * Returns the agreements to the network given by one party, in force or withdrawn.
   *
   * @param party the person's or a representative's id
   * @return their agreements, in the order of {@link #agreements()}; empty if none
   */
  public final ImmutableList<Agreement> agreementsBy(MemberId party) {
    @Nullable ImmutableList<Agreement> agreements = agreementIndex().get(party);
    return agreements != null ? agreements : ImmutableList.of();
  }

  /**
   * Returns one party's answer to the network in effect on a date: of their answers in effect
   * ({@link Agreement#isInEffectOn}), the one given last, a refusal winning over an agreement given the same day.
   *
   * @param party the person's, a representative's or a relative's id
   * @param date the date judged
   * @return the answer, or empty when none is in effect (never asked, or every answer withdrawn)
   * @since 0.2
   */
  public final Optional<Agreement> answerOn(MemberId party, LocalDate date) {
    ImmutableList<Agreement> answers = agreementsBy(party);
    @Nullable Agreement latest = null;
    for (int i = 0; i < answers.size(); i++) {
      Agreement a = answers.get(i);
      if (a.isInEffectOn(date) && (latest == null || a.given().isAfter(latest.given())
          || a.given().equals(latest.given()) && a.refused())) {
        latest = a;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the views of one party recorded where the network rests on a court order.
   *
   * @param party the person's or a representative's id
   * @return their views, in the order of {@link #views()}; empty if none
   */
  public final ImmutableList<RecordedView> viewsOf(MemberId party) {
    @Nullable ImmutableList<RecordedView> views = viewIndex().get(party);
    return views != null ? views : ImmutableList.of();
  }

  /** The agreements by party, so that each party's are read without reading everyone's. */
  @Value.Lazy
  ImmutableMap<MemberId, ImmutableList<Agreement>> agreementIndex() {
    return byParty(agreements(), Agreement::by);
  }

  /** The views by party, so that each party's are read without reading everyone's. */
  @Value.Lazy
  ImmutableMap<MemberId, ImmutableList<RecordedView>> viewIndex() {
    return byParty(views(), RecordedView::of);
  }

  /**
   * Files a list under the party of each of its values, in the list's order; linear in the list. When one party
   * made them all, the common case (the person alone), the list itself is filed, so nothing is copied.
   */
  private static <V> ImmutableMap<MemberId, ImmutableList<V>> byParty(ImmutableList<V> values,
      Function<? super V, MemberId> party) {
    if (values.isEmpty()) {
      return ImmutableMap.of();
    }
    MemberId first = party.apply(values.get(0));
    int i = 1;
    while (i < values.size() && party.apply(values.get(i)).equals(first)) {
      i++;
    }
    if (i == values.size()) {
      return ImmutableMap.of(first, values);
    }
    Map<MemberId, ImmutableList.Builder<V>> groups = new LinkedHashMap<>();
    for (V value : values) {
      groups.computeIfAbsent(party.apply(value), p -> ImmutableList.builder()).add(value);
    }
    ImmutableMap.Builder<MemberId, ImmutableList<V>> index = ImmutableMap.builderWithExpectedSize(groups.size());
    groups.forEach((p, group) -> index.put(p, group.build()));
    return index.buildOrThrow();
  }

  /**
   * Returns the ids of the person and of every representative, the people who may agree, object, consent
   * or be informed.
   *
   * @return the person's id first, then the representatives'
   */
  @Value.Lazy
  public ImmutableSet<MemberId> personAndRepresentatives() {
    ImmutableSet.Builder<MemberId> ids = ImmutableSet.<MemberId>builder().add(id());
    representatives().forEach(r -> ids.add(r.id()));
    return ids.build();
  }

  /**
   * Returns the representatives who hold authority over the person (<i>titulaires de l'autorité</i>): the
   * guardian, and for a minor the holders of parental authority, which ends at majority. They are the ones
   * told in the person's place when the person is a child.
   *
   * @return their ids, in the order of {@link #representatives()}; empty if none is recorded
   */
  public final ImmutableList<MemberId> holdersOfAuthority() {
    return holdersOf(lifeStage().isMinor());
  }

  /**
   * Returns the representatives who hold authority over the person on a date: as {@link #holdersOfAuthority()},
   * the person a minor or not as {@link #lifeStageOn(LocalDate)} says.
   *
   * @param date the day judged
   * @return their ids, in the order of {@link #representatives()}; empty if none is recorded
   * @since 0.2
   */
  public final ImmutableList<MemberId> holdersOfAuthorityOn(LocalDate date) {
    return holdersOf(lifeStageOn(date).isMinor());
  }

  private ImmutableList<MemberId> holdersOf(boolean minor) {
    ImmutableList.Builder<MemberId> holders = ImmutableList.builder();
    for (LegalRepresentative r : representatives()) {
      if (r.kind() == RepresentationKind.GUARDIANSHIP || minor && r.kind() == RepresentationKind.PARENTAL_AUTHORITY) {
        holders.add(r.id());
      }
    }
    return holders.build();
  }

  /**
   * Returns the judicial measures in progress on a date.
   *
   * @param date the date judged
   * @return the measures whose period contains the date
   */
  public final ImmutableList<JudicialMeasure> measuresOn(LocalDate date) {
    return measures().stream().filter(m -> m.period().contains(date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<ModelProblem> problems = new ArrayList<>(0);
    Set<MemberId> seen = new HashSet<>();
    seen.add(id());
    for (LegalRepresentative r : representatives()) {
      if (!seen.add(r.id())) {
        problems.add(ModelProblem.of("Person", id(), "representatives[" + QuotedInput.escape(r.id().value()) + "]",
            "id " + QuotedInput.quote(r.id()) + " appears twice or is the person's own id; give each representative "
                + "its own id"));
      }
    }
    Set<MemberId> minors = new HashSet<>();
    for (int i = 0; i < minorsConcerned().size(); i++) {
      MemberId minor = minorsConcerned().get(i).id();
      if (minor.equals(id()) || !minors.add(minor)) {
        problems.add(ModelProblem.of("Person", id(), "minorsConcerned[" + i + "].id", "id " + QuotedInput.quote(minor)
            + " appears twice or is the person's own id; give each minor of the family its own id"));
      }
    }
    for (int i = 0; i < views().size(); i++) {
      MemberId of = views().get(i).of();
      if (!seen.contains(of)) {
        problems.add(ModelProblem.of("Person", id(), "views[" + i + "].of", QuotedInput.quote(of)
            + " is neither the person nor a representative; add the representative or fix the view"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
  }

  /** Builds a {@link Person}; not thread-safe. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
