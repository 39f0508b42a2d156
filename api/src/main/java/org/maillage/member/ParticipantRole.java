package org.maillage.member;

import org.maillage.Labelled;

/**
 * The role of a participant, an individual who is neither a relative nor a professional (<i>rôle du
 * participant</i>).
 *
 * @since 0.1
 */
public enum ParticipantRole implements Labelled {
  /** An inhabitant of the territory (<i>habitant</i>). */
  INHABITANT,
  /** A member of a knowledge-exchange or service-barter network (<i>membre d'un réseau d'échanges</i>). */
  EXCHANGE_MEMBER,
  /** A volunteer (<i>bénévole</i>). */
  VOLUNTEER,
  /** A representative of users (<i>représentant des usagers</i>). */
  USERS_REPRESENTATIVE,
  /** An elected official taking part as such (<i>élu</i>). */
  ELECTED_OFFICIAL
}
