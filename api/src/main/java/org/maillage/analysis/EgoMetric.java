package org.maillage.analysis;

import org.maillage.Labelled;

/**
 * The single-number figures of an ego network (<i>indicateur du réseau personnel</i>), each read from an
 * {@link EgoNetworkMetrics} with {@link EgoNetworkMetrics#figure(EgoMetric)}; labels and one-line definitions
 * come in French and English. Figures given per sector, per individual or per support type are read from their
 * own accessors.
 *
 * @since 0.2
 */
public enum EgoMetric implements Labelled {
  /** The alters, N (<i>taille</i>); {@link EgoNetworkMetrics#size()}. */
  SIZE,
  /** The alters alive and reachable (<i>taille mobilisable</i>); {@link EgoNetworkMetrics#mobilisableSize()}. */
  MOBILISABLE_SIZE,
  /** The share of alters in primary sectors (<i>part du réseau primaire</i>). */
  PRIMARY_SHARE,
  /** The share of alters in secondary sectors (<i>part du réseau secondaire</i>). */
  SECONDARY_SHARE,
  /** The tied pairs of alters, L (<i>liens entre alters</i>). */
  ALTER_TIES,
  /** The density without ego (<i>densité</i>). */
  DENSITY,
  /** The weighted density (<i>densité pondérée</i>). */
  WEIGHTED_DENSITY,
  /** The number of components of the alter graph (<i>composantes</i>). */
  COMPONENTS,
  /** The number of isolates (<i>isolés</i>). */
  ISOLATES,
  /** The number of stars (<i>étoiles</i>). */
  STARS,
  /** The number of bridge persons (<i>personnes-ponts</i>). */
  BRIDGES,
  /** Blau's heterogeneity index (<i>indice de Blau</i>). */
  BLAU,
  /** The index of qualitative variation over every sector (<i>IQV</i>). */
  IQV,
  /** The index of qualitative variation over the sectors present (<i>IQV des secteurs présents</i>). */
  IQV_PRESENT,
  /** The Shannon entropy of the sectors, base 2 (<i>entropie</i>). */
  ENTROPY,
  /** The raw E-I index (<i>indice E-I</i>). */
  EI_INDEX,
  /** The E-I index rescaled as egor does (<i>indice E-I normalisé</i>). */
  EI_INDEX_RESCALED,
  /** Burt's effective size (<i>taille effective</i>). */
  EFFECTIVE_SIZE,
  /** Burt's efficiency (<i>efficience</i>). */
  EFFICIENCY,
  /** Burt's constraint (<i>contrainte</i>). */
  CONSTRAINT,
  /** Burt's constraint with weighted ties (<i>contrainte pondérée</i>). */
  WEIGHTED_CONSTRAINT,
  /** Ego's betweenness (<i>intermédiarité de la personne</i>). */
  EGO_BETWEENNESS,
  /** The share of alters giving two types of support or more (<i>multiplexité</i>). */
  MULTIPLEXITY,
  /** The share of alters giving ego two types of support or more (<i>multiplexité envers la personne</i>). */
  MULTIPLEXITY_TO_EGO;

  /**
   * Tells whether the figure is a count of alters, ties or groups, shown without decimals.
   *
   * @return true for the size, the mobilisable size, the ties between alters, and the numbers of components,
   *     isolates, stars and bridge persons
   */
  public boolean isCount() {
    switch (this) {
      case SIZE:
      case MOBILISABLE_SIZE:
      case ALTER_TIES:
      case COMPONENTS:
      case ISOLATES:
      case STARS:
      case BRIDGES:
        return true;
      default:
        return false;
    }
  }
}
