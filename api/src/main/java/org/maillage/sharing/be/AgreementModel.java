package org.maillage.sharing.be;

import org.maillage.Labelled;

/**
 * How shared professional secrecy reads the person's agreement (<i>modèle d'accord</i>), a setting of the Belgian
 * policy ({@link BelgianSettings#agreementModel()}).
 *
 * @since 0.2
 */
public enum AgreementModel implements Labelled {
  /** The agreement must be recorded (<i>accord explicite</i>), as the psychologists' code reads it; the
   * default. */
  EXPLICIT,
  /** Informed and not objecting is enough (<i>absence d'opposition</i>), as the medical order reads it between
   * health professionals. */
  NO_OBJECTION
}
