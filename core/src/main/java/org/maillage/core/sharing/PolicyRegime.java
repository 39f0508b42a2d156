package org.maillage.core.sharing;

import org.maillage.sharing.Regime;

/**
 * One regime of a jurisdiction's procedure (<i>régime</i>): it says why it applies to a flow or not, and, when
 * it does, decides through its named steps. A jurisdiction is the ordered list of its regimes; the first that
 * applies decides (DOMAIN.md §4, step 0).
 *
 * <p>Implementations are stateless and thread-safe; what they read is the view, what they write goes to the
 * grounds.
 *
 * @param <V> the jurisdiction's view of a flow
 */
public interface PolicyRegime<V extends FlowView> {

  /**
   * Returns the regime.
   *
   * @return the regime
   */
  Regime regime();

  /**
   * Tells whether the regime applies to the flow, with the reason recorded either way.
   *
   * @param view the flow
   * @param grounds the collector
   * @return true if the regime applies
   */
  boolean applies(V view, Grounds grounds);

  /**
   * Decides a flow the regime applies to, step by step.
   *
   * @param view the flow
   * @param grounds the collector
   * @return the verdict, with its deciding step
   */
  Verdict decide(V view, Grounds grounds);
}
