package org.maillage.partnership;

import org.maillage.Labelled;

/**
 * Where a partnership comes from (<i>origine du partenariat</i>).
 *
 * @since 0.1
 */
public enum OriginKind implements Labelled {
  /** Started by the partners themselves (<i>spontané</i>). */
  SPONTANEOUS,
  /** Imposed by a legal mechanism or a public-policy commission (<i>imposé</i>). */
  IMPOSED
}
