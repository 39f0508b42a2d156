package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.member.CareTeamBasis;
import org.maillage.member.Competence;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Horizon;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.RegulatoryCategory;
import org.maillage.member.Relation;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.person.LifeSphere;
import org.maillage.sharing.InformationCategory;

/**
 * Member and organisation templates: everything but the id (and, for a professional, the choice of an
 * organisation among those of the network), so that a network can generate its members first and number
 * them afterwards, with ids unique by construction.
 */
final class Templates {
  /** Upper bound (exclusive) of the random choices resolved modulo a list's size. */
  static final int CHOICES = 1 << 20;

  private Templates() {}

  /**
   * Returns uniform choices, resolved later as {@code choice % list.size()}.
   *
   * @return non-negative ints
   */
  static Arbitrary<Integer> choice() {
    return Arbitraries.integers().between(0, CHOICES - 1).withDistribution(RandomDistribution.uniform());
  }

  /**
   * Returns the sectors of the secondary network.
   *
   * @return non-primary sectors
   */
  static Arbitrary<Sector> secondarySectors() {
    return Arbitraries.of(Arrays.stream(Sector.values()).filter(s -> !s.isPrimary()).toList());
  }

  /**
   * Returns life spheres: mostly the standard ones, sometimes a custom code.
   *
   * @return spheres
   */
  static Arbitrary<LifeSphere> spheres() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.of(LifeSphere.standard())),
        Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').withChars('-', '0', '7').ofMinLength(0)
            .ofMaxLength(20).map(s -> LifeSphere.of("x" + s))));
  }

  /**
   * Returns (alive, reachable, dormant) flags; most members are alive, reachable and not dormant.
   *
   * @return the flags
   */
  static Arbitrary<Tuple3<Boolean, Boolean, Boolean>> flags() {
    Arbitrary<Boolean> mostlyTrue = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
    Arbitrary<Boolean> mostlyFalse = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(6, false));
    return Combinators.combine(mostlyTrue, mostlyTrue, mostlyFalse).as(Tuple::of);
  }

  /**
   * Returns a day within a span after a date.
   *
   * @param from the first day possible
   * @param days how many days after it at most
   * @return days
   */
  static Arbitrary<LocalDate> dayWithin(LocalDate from, int days) {
    return Arbitraries.integers().between(0, Math.max(0, days)).map(from::plusDays);
  }

  /**
   * Returns primary-member templates.
   *
   * @param histories the membership histories to draw from
   * @param texts how to fill names and notes
   * @return functions from an id to a primary member
   */
  static Arbitrary<Function<MemberId, PrimaryMember>> primaryMember(
      Arbitrary<ImmutableList<Period>> histories, Texts texts) {
    Arbitrary<Optional<Sector>> sector =
        Arbitraries.of(Arrays.stream(Sector.values()).filter(Sector::isPrimary).toList()).optional(0.2);
    return Combinators.combine(
            texts.optional("name"), texts.optional("note"), Arbitraries.of(Relation.class), sector,
            Arbitraries.of(Horizon.class), flags(), histories)
        .as((name, note, relation, sectorOverride, horizon, flags, involvements) -> id -> {
          PrimaryMember.Builder b = PrimaryMember.builder().id(id).name(name).note(note).relation(relation)
              .horizon(horizon).alive(flags.get1()).reachable(flags.get2()).dormant(flags.get3())
              .involvements(involvements);
          sectorOverride.ifPresent(b::sector);
          return b.build();
        });
  }

  /**
   * Returns participant templates.
   *
   * @param histories the membership histories to draw from
   * @param texts how to fill names and notes
   * @return functions from an id to a participant
   */
  static Arbitrary<Function<MemberId, Participant>> participant(
      Arbitrary<ImmutableList<Period>> histories, Texts texts) {
    Arbitrary<Optional<Sector>> sector = Arbitraries.of(Sector.class).optional(0.15);
    return Combinators.combine(
            texts.optional("name"), texts.optional("note"), Arbitraries.of(ParticipantRole.class), sector,
            Arbitraries.of(Horizon.class), flags(), histories)
        .as((name, note, role, sectorOverride, horizon, flags, involvements) -> id -> {
          Participant.Builder b = Participant.builder().id(id).name(name).note(note).role(role)
              .horizon(horizon).alive(flags.get1()).reachable(flags.get2()).dormant(flags.get3())
              .involvements(involvements);
          sectorOverride.ifPresent(b::sector);
          return b.build();
        });
  }

  /**
   * Returns mandates.
   *
   * @param texts how to fill the reference
   * @return mandates
   */
  static Arbitrary<Mandate> mandates(Texts texts) {
    return Combinators.combine(Arbitraries.of(MandateKind.class), texts.text("mandate")).as(Mandate::of);
  }

  /**
   * Returns competences.
   *
   * @param texts how to fill the role
   * @return competences
   */
  static Arbitrary<Competence> competences(Texts texts) {
    return Combinators.combine(texts.text("role"), spheres().list().ofMaxSize(3))
        .as((role, spheres) -> Competence.of(role, spheres.toArray(new LifeSphere[0])));
  }

  /**
   * Returns professional templates; the organisation is chosen among those given, when any.
   *
   * @param histories the membership histories to draw from
   * @param texts how to fill names, notes and references
   * @param asOf the date judged, near which delegations are dated
   * @return functions from an id and the network's organisations to a professional
   */
  static Arbitrary<BiFunction<MemberId, List<OrganisationId>, Professional>> professional(
      Arbitrary<ImmutableList<Period>> histories, Texts texts, LocalDate asOf) {
    var identity = Combinators.combine(
            texts.optional("name"), texts.optional("note"), secondarySectors(), Arbitraries.of(Horizon.class),
            flags(), histories)
        .as(Tuple::of);
    var practice = Combinators.combine(
            choice().optional(0.88),
            mandates(texts).optional(0.75),
            competences(texts).list().ofMaxSize(3),
            Arbitraries.of(SecrecyBasis.class).optional(0.7),
            Combinators.combine(texts.text("delegation"), dayWithin(asOf.minusDays(2000), 2000))
                .as(FormalDelegation::of).optional(0.4))
        .as(Tuple::of);
    var regulation = Combinators.combine(
            Arbitraries.of(RegulatoryCategory.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.subsetOf(InformationCategory.values()).ofMaxSize(5),
            Arbitraries.of(CareTeamBasis.class).optional(0.3))
        .as(Tuple::of);
    return Combinators.combine(identity, practice, regulation).as((who, what, rules) ->
        (id, organisations) -> {
          Professional.Builder b = Professional.builder().id(id)
              .name(who.get1()).note(who.get2()).sector(who.get3()).horizon(who.get4())
              .alive(who.get5().get1()).reachable(who.get5().get2()).dormant(who.get5().get3())
              .involvements(who.get6());
          if (!organisations.isEmpty()) {
            what.get1().ifPresent(c -> b.organisation(organisations.get(c % organisations.size())));
          }
          b.mandate(what.get2()).addAllCompetences(what.get3()).secrecy(what.get4()).delegation(what.get5());
          b.regulatoryCategory(rules.get1()).childProtectionContributor(rules.get2())
              .socialActionProfessional(rules.get3()).addAllMissionCategories(rules.get4())
              .careTeam(rules.get5());
          return b.build();
        });
  }

  /**
   * Returns organisation templates; the parent body, when recorded, is chosen among the candidates given
   * other than the organisation itself.
   *
   * @param texts how to fill names and territories
   * @return functions from an id and parent candidates to an organisation
   */
  static Arbitrary<BiFunction<OrganisationId, List<OrganisationId>, Organisation>> organisation(Texts texts) {
    Arbitrary<Sector> sector = Arbitraries.frequencyOf(
        Tuple.of(9, secondarySectors()), Tuple.of(1, Arbitraries.of(Sector.COMMUNITY)));
    return Combinators.combine(
            texts.optional("orgname"), Arbitraries.of(OrganisationKind.class), sector,
            texts.optional("orgterritory"), choice().optional(0.5))
        .as((name, kind, s, territory, parentChoice) -> (id, candidates) -> {
          Organisation.Builder b = Organisation.builder().id(id).name(name).kind(kind).sector(s)
              .territory(territory);
          List<OrganisationId> others = candidates.stream().filter(c -> !c.equals(id)).toList();
          if (!others.isEmpty()) {
            parentChoice.ifPresent(c -> b.parent(others.get(c % others.size())));
          }
          return b.build();
        });
  }
}
