package org.maillage.network;

import org.maillage.Labelled;

/**
 * Whether a secondary network is formal or informal, after Dumont (002) (<i>formalisation</i>).
 *
 * @since 0.1
 */
public enum Formality implements Labelled {
  /** A transversal organisation of institutions, with formal delegation, a common project and an infrastructure (<i>formel</i>). */
  FORMAL,
  /** Spontaneous reciprocity between professionals sharing values, through personal engagement (<i>informel, spontané</i>). */
  INFORMAL
}
