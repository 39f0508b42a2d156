package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;
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
import org.maillage.member.Relation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.person.LifeSphere;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;

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
  static Gen<Integer> choice() {
    return Gen.integers(0, CHOICES - 1);
  }

  /**
   * Returns the sectors of the secondary network.
   *
   * @return non-primary sectors
   */
  static Gen<Sector> secondarySectors() {
    return Gen.of(Arrays.stream(Sector.values()).filter(s -> !s.isPrimary()).toList());
  }

  /**
   * Returns life spheres: mostly the standard ones, sometimes a custom code.
   *
   * @return spheres
   */
  static Gen<LifeSphere> spheres() {
    return Gen.frequencyOf(
        Weighted.of(9, Gen.of(LifeSphere.standard())),
        Weighted.of(1, Gen.strings(Gen.oneOf(Gen.chars('a', 'z'), Gen.of('-', '0', '7'))).ofMaxSize(20)
            .map(s -> LifeSphere.of("x" + s))));
  }

  /**
   * A member's state flags.
   *
   * @param alive whether the member is alive
   * @param reachable whether the member can be reached
   * @param dormant whether the tie with the member is dormant
   */
  record Flags(boolean alive, boolean reachable, boolean dormant) {}

  /**
   * Returns (alive, reachable, dormant) flags; most members are alive, reachable and not dormant.
   *
   * @return the flags
   */
  static Gen<Flags> flags() {
    Gen<Boolean> mostlyTrue = Gen.frequency(Weighted.of(9, true), Weighted.of(1, false));
    Gen<Boolean> mostlyFalse = Gen.frequency(Weighted.of(1, true), Weighted.of(6, false));
    return Gen.combine(mostlyTrue, mostlyTrue, mostlyFalse).as(Flags::new);
  }

  /**
   * What every member template draws alike: name, note, horizon, state flags and membership history.
   *
   * @param name the name, when recorded
   * @param note the note, when recorded
   * @param horizon the horizon
   * @param flags the state flags
   * @param involvements the membership history
   */
  record Basics(Optional<String> name, Optional<String> note, Horizon horizon, Flags flags,
      ImmutableList<Period> involvements) {}

  /**
   * Returns the attributes every member template draws alike.
   *
   * @param histories the membership histories to draw from
   * @param texts how to fill names and notes
   * @return the attributes
   */
  static Gen<Basics> basics(Gen<ImmutableList<Period>> histories, Texts texts) {
    Gen<Optional<String>> names = texts.optional("name");
    Gen<Optional<String>> notes = texts.optional("note");
    Gen<Horizon> horizons = Gen.of(Horizon.class);
    Gen<Flags> flags = flags();
    return random -> new Basics(names.next(random), notes.next(random), horizons.next(random), flags.next(random),
        histories.next(random));
  }

  /**
   * Returns a day within a span after a date.
   *
   * @param from the first day possible
   * @param days how many days after it at most
   * @return days
   */
  static Gen<LocalDate> dayWithin(LocalDate from, int days) {
    return Gen.integers(0, Math.max(0, days)).map(from::plusDays);
  }

  /**
   * Returns primary-member templates.
   *
   * @param histories the membership histories to draw from
   * @param texts how to fill names and notes
   * @return functions from an id to a primary member
   */
  static Gen<Function<MemberId, PrimaryMember>> primaryMember(
      Gen<ImmutableList<Period>> histories, Texts texts) {
    Gen<Optional<Sector>> sectors =
        Gen.of(Arrays.stream(Sector.values()).filter(Sector::isPrimary).toList()).optional(0.2);
    return Gen.combine(basics(histories, texts), Gen.of(Relation.class), sectors)
        .as((basics, relation, sectorOverride) -> id -> {
          PrimaryMember.Builder b = PrimaryMember.builder().id(id).name(basics.name()).note(basics.note())
              .horizon(basics.horizon()).alive(basics.flags().alive()).reachable(basics.flags().reachable())
              .dormant(basics.flags().dormant()).involvements(basics.involvements()).relation(relation);
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
  static Gen<Function<MemberId, Participant>> participant(
      Gen<ImmutableList<Period>> histories, Texts texts) {
    Gen<Optional<Sector>> sectors = Gen.of(Sector.class).optional(0.15);
    return Gen.combine(basics(histories, texts), Gen.of(ParticipantRole.class), sectors)
        .as((basics, role, sectorOverride) -> id -> {
          Participant.Builder b = Participant.builder().id(id).name(basics.name()).note(basics.note())
              .horizon(basics.horizon()).alive(basics.flags().alive()).reachable(basics.flags().reachable())
              .dormant(basics.flags().dormant()).involvements(basics.involvements()).role(role);
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
  static Gen<Mandate> mandates(Texts texts) {
    return Gen.combine(Gen.of(MandateKind.class), texts.text("mandate")).as(Mandate::of);
  }

  /**
   * Returns competences.
   *
   * @param texts how to fill the role
   * @return competences
   */
  static Gen<Competence> competences(Texts texts) {
    return Gen.combine(texts.text("role"), spheres().list().ofMaxSize(3))
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
  static Gen<BiFunction<MemberId, List<OrganisationId>, Professional>> professional(
      Gen<ImmutableList<Period>> histories, Texts texts, LocalDate asOf) {
    Gen<Basics> basics = basics(histories, texts);
    Gen<Sector> sectors = secondarySectors();
    Gen<Optional<Integer>> organisationChoices = choice().optional(0.88);
    Gen<Optional<Mandate>> mandates = mandates(texts).optional(0.75);
    Gen<List<Competence>> competences = competences(texts).list().ofMaxSize(3);
    Gen<Optional<SecrecyBasis>> secrecies = Gen.of(SecrecyBasis.class).optional(0.7);
    Gen<Optional<FormalDelegation>> delegations =
        Gen.combine(texts.text("delegation"), dayWithin(asOf.minusDays(2000), 2000)).as(FormalDelegation::of)
            .optional(0.4);
    Gen<Optional<List<InformationCategory>>> missions = Gen.subsetOf(InformationCategory.class).ofMaxSize(5)
        .optional(0.9);
    Gen<Optional<FrenchStanding>> standings = frenchStandings().optional(0.9);
    return random -> {
      Basics basic = basics.next(random);
      Sector sector = sectors.next(random);
      Optional<Integer> organisationChoice = organisationChoices.next(random);
      Optional<Mandate> mandate = mandates.next(random);
      List<Competence> competence = competences.next(random);
      Optional<SecrecyBasis> secrecy = secrecies.next(random);
      Optional<FormalDelegation> delegation = delegations.next(random);
      Optional<List<InformationCategory>> mission = missions.next(random);
      Optional<FrenchStanding> standing = standings.next(random);
      return (id, organisations) -> {
        Professional.Builder b = Professional.builder().id(id).name(basic.name()).note(basic.note())
            .horizon(basic.horizon()).alive(basic.flags().alive()).reachable(basic.flags().reachable())
            .dormant(basic.flags().dormant()).involvements(basic.involvements()).sector(sector);
        if (!organisations.isEmpty()) {
          organisationChoice.ifPresent(c -> b.organisation(organisations.get(c % organisations.size())));
        }
        b.mandate(mandate).addAllCompetences(competence).secrecy(secrecy).delegation(delegation);
        mission.ifPresent(b::missionCovers);
        standing.ifPresent(b::addStanding);
        return b.build();
      };
    };
  }

  /**
   * Returns identified professionals outside the network, drawn the way professionals are for what the law reads
   * of them (secrecy, mission, standing); the id is given, and one of the network's organisations half the time.
   *
   * @return functions from an id and the network's organisations to an outside professional
   */
  static Gen<BiFunction<MemberId, List<OrganisationId>, OutsideProfessional>> outsideProfessional() {
    Gen<Optional<Integer>> organisationChoices = choice().optional(0.5);
    Gen<Optional<SecrecyBasis>> secrecies = Gen.of(SecrecyBasis.class).optional(0.7);
    Gen<Optional<List<InformationCategory>>> missions = Gen.subsetOf(InformationCategory.class).ofMaxSize(5)
        .optional(0.8);
    Gen<Optional<FrenchStanding>> standings = frenchStandings().optional(0.8);
    return random -> {
      Optional<Integer> organisationChoice = organisationChoices.next(random);
      Optional<SecrecyBasis> secrecy = secrecies.next(random);
      Optional<List<InformationCategory>> mission = missions.next(random);
      Optional<FrenchStanding> standing = standings.next(random);
      return (id, organisations) -> {
        OutsideProfessional.Builder b = OutsideProfessional.builder().id(id).secrecy(secrecy);
        if (!organisations.isEmpty()) {
          organisationChoice.ifPresent(c -> b.organisation(organisations.get(c % organisations.size())));
        }
        mission.ifPresent(b::missionCovers);
        standing.ifPresent(b::addStanding);
        return b.build();
      };
    };
  }

  /**
   * Returns French standings: each fact recorded nine times in ten (the category, either way for the two
   * standings), a care-team basis three times in ten.
   *
   * @return the generator
   */
  static Gen<FrenchStanding> frenchStandings() {
    Gen<Optional<RegulatoryCategory>> categories = Gen.of(RegulatoryCategory.class).optional(0.9);
    Gen<Optional<Boolean>> booleans = Gen.booleans().optional(0.9);
    Gen<Optional<CareTeamBasis>> careTeams = Gen.of(CareTeamBasis.class).optional(0.3);
    return random -> FrenchStanding.builder().regulatoryCategory(categories.next(random))
        .childProtectionContributor(booleans.next(random)).socialActionProfessional(booleans.next(random))
        .careTeam(careTeams.next(random)).build();
  }

  /**
   * Returns organisation templates; the parent body, when recorded, is chosen among the candidates given
   * other than the organisation itself.
   *
   * @param texts how to fill names and territories
   * @return functions from an id and parent candidates to an organisation
   */
  static Gen<BiFunction<OrganisationId, List<OrganisationId>, Organisation>> organisation(Texts texts) {
    Gen<Sector> sectors = Gen.frequencyOf(
        Weighted.of(9, secondarySectors()), Weighted.of(1, Gen.of(Sector.COMMUNITY)));
    Gen<Optional<String>> names = texts.optional("orgname");
    Gen<OrganisationKind> kinds = Gen.of(OrganisationKind.class);
    Gen<Optional<String>> territories = texts.optional("orgterritory");
    Gen<Optional<Integer>> parentChoices = choice().optional(0.5);
    return random -> {
      Optional<String> name = names.next(random);
      OrganisationKind kind = kinds.next(random);
      Sector sector = sectors.next(random);
      Optional<String> territory = territories.next(random);
      Optional<Integer> parentChoice = parentChoices.next(random);
      return (id, candidates) -> {
        Organisation.Builder b = Organisation.builder().id(id).name(name).kind(kind).sector(sector)
            .territory(territory);
        List<OrganisationId> others = candidates.stream().filter(c -> !c.equals(id)).toList();
        if (!others.isEmpty()) {
          parentChoice.ifPresent(c -> b.parent(others.get(c % others.size())));
        }
        return b.build();
      };
    };
  }
}
