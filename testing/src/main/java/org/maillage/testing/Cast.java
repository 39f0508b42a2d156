package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.Person;

/**
 * The individuals and organisations of a network to generate, before anything refers to them: the second
 * stage of generation, after the {@link Recipe} and before the ties, meetings and flows.
 *
 * @param recipe the shape
 * @param asOf the date judged
 * @param created the network's creation day
 * @param person the focal person, if any
 * @param organisations the organisations, ids unique
 * @param members the members, ids unique and distinct from the person's
 * @param texts how free texts are filled
 */
record Cast(Recipe recipe, LocalDate asOf, LocalDate created, Optional<Person> person,
    List<Organisation> organisations, List<Member> members, Texts texts) {

  /** The focal person's id in every generated network. */
  static final MemberId PERSON_ID = MemberId.of("u-0");

  /**
   * Returns the ids of every individual: the person first, if any, then the members.
   *
   * @return the individuals
   */
  List<MemberId> individuals() {
    List<MemberId> ids = new ArrayList<>();
    person.ifPresent(p -> ids.add(p.id()));
    members.forEach(m -> ids.add(m.id()));
    return ids;
  }

  /**
   * Returns who may be informed, object or consent: the individuals and the person's representatives.
   *
   * @return the speakers
   */
  List<MemberId> speakers() {
    Set<MemberId> ids = new LinkedHashSet<>(individuals());
    person.ifPresent(p -> p.representatives().stream().map(LegalRepresentative::id).forEach(ids::add));
    return List.copyOf(ids);
  }

  /**
   * Returns the professionals' ids.
   *
   * @return the professionals
   */
  List<MemberId> professionals() {
    return members.stream().filter(Professional.class::isInstance).map(Member::id).toList();
  }

  /**
   * Returns the organisations' ids.
   *
   * @return the organisations
   */
  List<OrganisationId> organisationIds() {
    return organisations.stream().map(Organisation::id).toList();
  }

  /**
   * Returns casts for a recipe: organisations, members numbered by kind ({@code pm-}, {@code pro-},
   * {@code pt-}) in a shuffled order, and the focal person of a person-centred network.
   *
   * @param recipe the shape
   * @param asOf the date judged
   * @param texts how free texts are filled
   * @return casts
   */
  static Gen<Cast> of(Recipe recipe, LocalDate asOf, Texts texts) {
    Gen<ImmutableList<Period>> histories = Histories.any(asOf);
    Gen<ImmutableList<Period>> professionalHistories = recipe.professionalsCurrent()
        ? histories
        : Histories.notCurrent().flatMap(p -> Histories.of(asOf, p));
    List<OrganisationId> organisationIds = ids(recipe.organisations(), "o-", OrganisationId::of);
    List<OrganisationId> parents = new ArrayList<>(organisationIds);
    parents.addAll(ids(3, "inst-", OrganisationId::of));

    Gen<List<Organisation>> organisations = Templates.organisation(texts).list()
        .ofSize(recipe.organisations())
        .map(ts -> IntStream.range(0, ts.size()).mapToObj(i -> ts.get(i).apply(organisationIds.get(i), parents))
            .toList());
    Gen<List<PrimaryMember>> primaries = Templates.primaryMember(histories, texts).list()
        .ofSize(recipe.primaries())
        .map(ts -> IntStream.range(0, ts.size()).mapToObj(i -> ts.get(i).apply(MemberId.of("pm-" + i))).toList());
    Gen<List<Professional>> professionals = Templates.professional(professionalHistories, texts, asOf).list()
        .ofSize(recipe.professionals())
        .map(ts -> IntStream.range(0, ts.size())
            .mapToObj(i -> ts.get(i).apply(MemberId.of("pro-" + i), organisationIds)).toList());
    Gen<List<Participant>> participants = Templates.participant(histories, texts).list()
        .ofSize(recipe.participants())
        .map(ts -> IntStream.range(0, ts.size()).mapToObj(i -> ts.get(i).apply(MemberId.of("pt-" + i))).toList());

    LocalDate created = asOf.minusDays(recipe.age());
    return random -> {
      List<Organisation> orgs = organisations.next(random);
      List<PrimaryMember> pms = primaries.next(random);
      List<Professional> pros = professionals.next(random);
      List<Participant> pts = participants.next(random);
      List<Member> all = new ArrayList<>(pms);
      all.addAll(pros);
      all.addAll(pts);
      Gen<Optional<Person>> person = recipe.hasFocalPerson()
          ? Persons.of(PERSON_ID, pms.stream().map(Member::id).toList(),
              pros.stream().map(Member::id).toList(), asOf, texts).map(Optional::of)
          : Gen.just(Optional.empty());
      List<Member> members = Gen.shuffle(all).next(random);
      return new Cast(recipe, asOf, created, person.next(random), orgs, List.copyOf(members), texts);
    };
  }

  private static <T> List<T> ids(int count, String prefix, Function<String, T> of) {
    return IntStream.range(0, count).mapToObj(i -> of.apply(prefix + i)).toList();
  }
}
