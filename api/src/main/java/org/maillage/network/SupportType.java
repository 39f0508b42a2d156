package org.maillage.network;

import org.maillage.Labelled;

/**
 * A kind of support one member gives another (<i>type de soutien</i>).
 *
 * @since 0.1
 */
public enum SupportType implements Labelled {
  /** Listening, comfort, affection (<i>soutien émotionnel</i>). */
  EMOTIONAL,
  /** Material help, services, care (<i>aide pratique</i>). */
  PRACTICAL,
  /** Advice and information (<i>soutien informationnel</i>). */
  INFORMATIONAL,
  /** Company and shared activities (<i>compagnie, sociabilité</i>). */
  COMPANIONSHIP,
  /** Linking to other resources and people (<i>mise en relation</i>). */
  LINKING
}
