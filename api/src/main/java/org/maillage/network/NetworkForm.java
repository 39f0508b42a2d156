package org.maillage.network;

import org.maillage.Labelled;

/**
 * One of the five complementary forms of network after Dumoulin et al. (000); forms may coexist in one network (<i>forme de réseau</i>).
 *
 * @since 0.1
 */
public enum NetworkForm implements Labelled {
  /** Two workers of neighbouring institutions, under different mandates, cross their competences over one situation (<i>pairage</i>). */
  PAIRING,
  /** Organisations build a network on a shared theme and a determined territory (<i>réseau inter-institutionnel</i>). */
  INTER_INSTITUTIONAL,
  /** The professional strengthens the person's primary network so that it gives lasting support (<i>intervention de réseau</i>). */
  NETWORK_INTERVENTION,
  /** Members exchange knowledge or services reciprocally; under-used competences are recognised (<i>réseau de groupe d'aide réciproque</i>). */
  MUTUAL_AID,
  /** Several partners mobilised on a concerted strategy of local development or advocacy (<i>intervention collective en réseau</i>). */
  COLLECTIVE
}
