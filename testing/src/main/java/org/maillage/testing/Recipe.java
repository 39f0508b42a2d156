package org.maillage.testing;

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
  static final int MAX_BASE_MEMBERS = NetworkGenerators.MAX_MEMBERS - 4;

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
  static Gen<Recipe> any() {
    return Gen.frequencyOf(
        Weighted.of(8, empty()),
        Weighted.of(50, of(Kind.PERSON_CENTRED)),
        Weighted.of(20, of(Kind.INTER_SERVICE)),
        Weighted.of(15, of(Kind.MUTUAL_AID)),
        Weighted.of(15, of(Kind.COLLECTIVE)));
  }

  /**
   * Returns recipes of networks without any member: a focal person alone, or nobody yet.
   *
   * @return recipes with no member
   */
  static Gen<Recipe> empty() {
    return Gen.combine(Gen.of(Kind.class), Gen.integers(0, 400))
        .as((kind, age) -> new Recipe(kind, 0, 0, 0, 0, true, age));
  }

  /**
   * Returns recipes of one kind; about one in ten is large (100 members or more).
   *
   * @param kind the kind
   * @return recipes
   */
  static Gen<Recipe> of(Kind kind) {
    Gen<Integer> none = Gen.just(0);
    Gen<Integer> primaries;
    Gen<Integer> professionals;
    Gen<Integer> participants;
    switch (kind) {
      case PERSON_CENTRED:
        primaries = Gen.frequencyOf(
            Weighted.of(18, none), Weighted.of(52, Gen.integers(1, 8)),
            Weighted.of(18, Gen.integers(9, 30)), Weighted.of(12, Gen.integers(90, 160)));
        professionals = Gen.frequencyOf(
            Weighted.of(10, none), Weighted.of(25, Gen.just(1)), Weighted.of(45, Gen.integers(2, 6)),
            Weighted.of(15, Gen.integers(7, 15)), Weighted.of(5, Gen.integers(16, 40)));
        participants = Gen.frequencyOf(
            Weighted.of(75, none), Weighted.of(25, Gen.integers(1, 4)));
        break;
      case INTER_SERVICE:
        primaries = none;
        professionals = Gen.frequencyOf(
            Weighted.of(15, Gen.just(1)), Weighted.of(70, Gen.integers(2, 30)),
            Weighted.of(15, Gen.integers(100, 150)));
        participants = Gen.frequencyOf(
            Weighted.of(80, none), Weighted.of(20, Gen.integers(1, 3)));
        break;
      case MUTUAL_AID:
        primaries = none;
        professionals = Gen.frequencyOf(
            Weighted.of(50, none), Weighted.of(35, Gen.just(1)), Weighted.of(15, Gen.integers(2, 3)));
        participants = Gen.frequencyOf(
            Weighted.of(5, Gen.integers(0, 1)), Weighted.of(80, Gen.integers(2, 40)),
            Weighted.of(15, Gen.integers(100, 190)));
        break;
      case COLLECTIVE:
        primaries = none;
        professionals = Gen.integers(1, 20);
        participants = Gen.frequencyOf(
            Weighted.of(85, Gen.integers(0, 40)), Weighted.of(15, Gen.integers(100, 170)));
        break;
      default:
        throw new AssertionError(kind);
    }
    Gen<Integer> age = Gen.frequencyOf(
        Weighted.of(3, Gen.just(0)), Weighted.of(97, Gen.integers(1, 2500)));
    return Gen.combine(primaries, professionals, participants, age)
        .as((p, q, r, days) -> organisationCounts(q).map(o -> capped(kind, p, q, r, o, days)))
        .flatMap(recipe -> recipe);
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

  private static Gen<Integer> organisationCounts(int professionals) {
    if (professionals == 0) {
      return Gen.frequencyOf(Weighted.of(3, Gen.just(0)), Weighted.of(1, Gen.integers(1, 2)));
    }
    return Gen.frequencyOf(
        Weighted.of(1, Gen.just(0)),
        Weighted.of(9, Gen.integers(1, Math.min(professionals + 1, 12))));
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
