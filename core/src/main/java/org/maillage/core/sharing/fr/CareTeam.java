package org.maillage.core.sharing.fr;

/**
 * Whether a sharing stays inside one care team (<i>équipe de soins</i>, CSP L1110-12), as step 6 of the
 * general regime reads the parties' care-team bases; computed into the {@link FrenchFlowView view} before the
 * steps, since step 4 (is the right to object owed?) and step 7 (is consent needed?) depend on it too.
 *
 * <p>Immutable and thread-safe.
 */
enum CareTeam {
  /** The flow is an exchange: the care team does not matter (step 5). */
  NOT_A_SHARING(false),
  /** A party is recorded as in no care team (or is not a professional): outside. */
  NO_BASIS(false),
  /** No party is recorded outside, and a party's basis is not recorded: the step cannot settle. */
  UNKNOWN(false),
  /** The parties record different bases: outside. */
  MIXED_BASES(false),
  /** Same establishment or listed structure, but not one and the same institution: outside. */
  DIFFERENT_STRUCTURES(false),
  /** A formalised group without a health professional current on the flow's date: outside. */
  NO_HEALTH_PROFESSIONAL(false),
  /** All in the same health establishment or ESSMS: inside. */
  SAME_ESTABLISHMENT(true),
  /** All in one structure of the closed list of CSP D1110-3-4: inside. */
  LISTED_STRUCTURE(true),
  /** All recognised by the person as members of their care team: inside. */
  RECOGNISED_BY_PERSON(true),
  /** A formalised group with at least one health professional: inside. */
  FORMALISED_GROUP(true),
  /** A sharing into a shared record open to categories of professionals: outside any one care team. */
  SHARED_RECORD(false);

  private final boolean inside;

  CareTeam(boolean inside) {
    this.inside = inside;
  }

  /** Tells whether the sharing stays inside one care team. */
  boolean isInside() {
    return inside;
  }
}
