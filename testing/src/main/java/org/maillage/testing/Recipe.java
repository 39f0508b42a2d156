package org.maillage.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The shape of a network to generate, decided first: its kind, how many members of each sort, how many
 * organisations, and how many days before the date judged it was created.
 *
 * @param kind the kind of network
 * @param primaries the number of primary members
 * @param professionals the number of professionals
 * @param participants the number of participants
 * @param organisations the number of organisations
 * @param professionalsCurrent false when no professional may be current on the date judged
 * @param age the network's age in days on the date judged
 */
record Recipe(Kind kind, int primaries, int professionals, int participants, int organisations,
    boolean professionalsCurrent, int age) {

  /** The kinds of network (DOMAIN.md §1). */
  enum Kind {
    /** <i>Travail de réseau</i>: a focal person, their primary network and professionals. */
    PERSON_CENTRED,
    /** <i>Travail en réseau</i>: services and professionals, no focal person. */
    INTER_SERVICE,
    /** A mutual-aid group: participants, perhaps a professional facilitating, no focal person. */
    MUTUAL_AID,
    /** A collective intervention: partners, professionals and participants, no focal person. */
    COLLECTIVE
  }

  /** Members are capped below the generator's maximum, so that conformance can add a few. */
  static final int MAX_BASE_MEMBERS = NetworkArbitraries.MAX_MEMBERS - 4;

  /**
   * Returns the total number of members.
   *
   * @return primaries, professionals and participants together
   */
  int members() {
    return primaries + professionals + participants;
  }

  /**
   * Tells whether the network has a focal person.
   *
   * @return true for a person-centred network
   */
  boolean hasFocalPerson() {
    return kind == Kind.PERSON_CENTRED;
  }

  /**
   * Returns recipes of every kind.
   *
   * @return recipes
   */
  static Arbitrary<Recipe> any() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, empty()),
        Tuple.of(50, of(Kind.PERSON_CENTRED)),
        Tuple.of(20, of(Kind.INTER_SERVICE)),
        Tuple.of(15, of(Kind.MUTUAL_AID)),
        Tuple.of(15, of(Kind.COLLECTIVE)));
  }

  /**
   * Returns recipes of networks without any member: a focal person alone, or nobody yet.
   *
   * @return recipes with no member
   */
  static Arbitrary<Recipe> empty() {
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 400))
        .as((kind, age) -> new Recipe(kind, 0, 0, 0, 0, true, age));
  }

  /**
   * Returns recipes of one kind; about one in ten is large (100 members or more).
   *
   * @param kind the kind
   * @return recipes
   */
  static Arbitrary<Recipe> of(Kind kind) {
    Arbitrary<Integer> none = Arbitraries.just(0);
    Arbitrary<Integer> primaries;
    Arbitrary<Integer> professionals;
    Arbitrary<Integer> participants;
    switch (kind) {
      case PERSON_CENTRED:
        primaries = Arbitraries.frequencyOf(
            Tuple.of(18, none), Tuple.of(52, Arbitraries.integers().between(1, 8)),
            Tuple.of(18, Arbitraries.integers().between(9, 30)), Tuple.of(12, Arbitraries.integers().between(90, 160)));
        professionals = Arbitraries.frequencyOf(
            Tuple.of(10, none), Tuple.of(25, Arbitraries.just(1)), Tuple.of(45, Arbitraries.integers().between(2, 6)),
            Tuple.of(15, Arbitraries.integers().between(7, 15)), Tuple.of(5, Arbitraries.integers().between(16, 40)));
        participants = Arbitraries.frequencyOf(
            Tuple.of(75, none), Tuple.of(25, Arbitraries.integers().between(1, 4)));
        break;
      case INTER_SERVICE:
        primaries = none;
        professionals = Arbitraries.frequencyOf(
            Tuple.of(15, Arbitraries.just(1)), Tuple.of(70, Arbitraries.integers().between(2, 30)),
            Tuple.of(15, Arbitraries.integers().between(100, 150)));
        participants = Arbitraries.frequencyOf(
            Tuple.of(80, none), Tuple.of(20, Arbitraries.integers().between(1, 3)));
        break;
      case MUTUAL_AID:
        primaries = none;
        professionals = Arbitraries.frequencyOf(
            Tuple.of(50, none), Tuple.of(35, Arbitraries.just(1)), Tuple.of(15, Arbitraries.integers().between(2, 3)));
        participants = Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.integers().between(0, 1)), Tuple.of(80, Arbitraries.integers().between(2, 40)),
            Tuple.of(15, Arbitraries.integers().between(100, 190)));
        break;
      case COLLECTIVE:
        primaries = none;
        professionals = Arbitraries.integers().between(1, 20);
        participants = Arbitraries.frequencyOf(
            Tuple.of(85, Arbitraries.integers().between(0, 40)), Tuple.of(15, Arbitraries.integers().between(100, 170)));
        break;
      default:
        throw new AssertionError(kind);
    }
    Arbitrary<Integer> age = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)), Tuple.of(97, Arbitraries.integers().between(1, 2500)));
    return Combinators.combine(primaries, professionals, participants, age)
        .flatAs((p, q, r, days) -> organisationCounts(q).map(o -> capped(kind, p, q, r, o, days)));
  }

  /**
   * Returns a copy in which no professional is current on the date judged.
   *
   * @return the copy
   */
  Recipe withoutCurrentProfessionals() {
    return new Recipe(kind, primaries, professionals, participants, organisations, false, age);
  }

  /**
   * Returns a copy with at most the given number of professionals.
   *
   * @param max the largest number of professionals
   * @return the copy
   */
  Recipe withAtMostProfessionals(int max) {
    return new Recipe(kind, primaries, Math.min(max, professionals), participants, organisations,
        professionalsCurrent, age);
  }

  private static Arbitrary<Integer> organisationCounts(int professionals) {
    if (professionals == 0) {
      return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 2)));
    }
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0)),
        Tuple.of(9, Arbitraries.integers().between(1, Math.min(professionals + 1, 12))));
  }

  private static Recipe capped(Kind kind, int primaries, int professionals, int participants, int organisations,
      int age) {
    int excess = Math.max(0, primaries + professionals + participants - MAX_BASE_MEMBERS);
    int lessParticipants = Math.min(excess, participants);
    int lessPrimaries = Math.min(excess - lessParticipants, primaries);
    int lessProfessionals = excess - lessParticipants - lessPrimaries;
    return new Recipe(kind, primaries - lessPrimaries, professionals - lessProfessionals,
        participants - lessParticipants, organisations, true, age);
  }
}
