package org.maillage.core.sharing;

import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Purpose;

/**
 * Necessity (<i>stricte nécessité</i>), which every regime of every jurisdiction judges first once it applies: a
 * purpose is stated and needs every category the flow carries (DOMAIN.md §4: a flow carrying more than its
 * purpose strictly needs is DENY under every regime).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Necessity {
  private Necessity() {}

  /**
   * Tells whether the flow carries only what its purpose needs, with the reasons recorded.
   *
   * @param view the flow
   * @param grounds the collector
   * @return true if a purpose is stated and needs every category carried
   */
  public static boolean isMet(FlowView view, Grounds grounds) {
    Purpose purpose = view.purpose();
    if (purpose == null) {
      grounds.reason("necessity.no-purpose");
      return false;
    }
    if (!grounds.isExplained()) {
      return purpose.needs().containsAll(view.categories());
    }
    boolean met = true;
    for (InformationCategory category : view.categories()) {
      if (!purpose.needs(category)) {
        grounds.reason("necessity.unneeded", "category", category);
        met = false;
      }
    }
    if (met) {
      grounds.reason("necessity.met");
    }
    return met;
  }
}
