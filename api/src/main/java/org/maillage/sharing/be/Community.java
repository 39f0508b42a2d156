package org.maillage.sharing.be;

import org.maillage.Labelled;

/**
 * A Belgian community whose youth-aid legislation may govern an intervention (<i>communauté; gemeenschap</i>).
 *
 * @since 0.2
 */
public enum Community implements Labelled {
  /** The Wallonia-Brussels Federation, Code of 18 January 2018 (<i>Fédération Wallonie-Bruxelles, FWB</i>). */
  WALLONIA_BRUSSELS,
  /** Flanders, decree of 12 July 2013 on integrated youth care (<i>Vlaamse Gemeenschap</i>). */
  FLANDERS
}
