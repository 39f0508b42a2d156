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
   * Tells whether the regime applies to the flow, with the reason recorded either way. A regime of cumulative
   * conditions does not apply when one is recorded as failed, whatever else is not recorded; when none failed
   * but some turn on facts not recorded, it notes them on the view ({@link FlowView#unknown}) and returns true:
   * the deliberation then answers {@link org.maillage.sharing.SharingOutcome#INCOMPLETE} at {@link #entry()}.
   *
   * @param view the flow
   * @param grounds the collector
   * @return true if the regime applies, or may apply as far as the record shows
   */
  boolean applies(V view, Grounds grounds);

  /**
   * Returns the step that decides whether the regime applies, named by an incomplete decision whose facts
   * leave that open.
   *
   * @return the regime's entry step
   * @throws UnsupportedOperationException for a regime whose entry reads no fact a record may leave unrecorded
   *     (the default), which never notes one
   */
  default Step entry() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + ".entry: the regime's entry reads no "
        + "fact a record may leave unrecorded; a regime that notes one names its entry step");
  }

  /**
   * Decides a flow the regime applies to, step by step.
   *
   * @param view the flow
   * @param grounds the collector
   * @return the verdict, with its deciding step
   */
  Verdict decide(V view, Grounds grounds);
}
