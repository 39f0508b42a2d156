package org.maillage.core.sharing;

import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Regime;
import org.maillage.sharing.Requirement;
import org.maillage.sharing.StepKey;

/**
 * One named step of a jurisdiction's procedure that can settle a flow (<i>étape</i>): its key, its regime,
 * and what the regime requires once that step decides.
 *
 * <p>Implementations are immutable and thread-safe (each jurisdiction lists its steps as an enum).
 */
public interface Step {

  /**
   * Returns the step's key, as decisions carry it.
   *
   * @return the key
   */
  StepKey key();

  /**
   * Returns the jurisdiction whose procedure the step belongs to.
   *
   * @return the jurisdiction
   */
  Jurisdiction jurisdiction();

  /**
   * Returns the regime the step belongs to.
   *
   * @return the regime
   */
  Regime regime();

  /**
   * Returns what the regime requires once this step decides.
   *
   * @return the requirement
   */
  Requirement requirement();

  /**
   * Returns the verdict "allowed, nobody to inform" of this step, one shared constant.
   *
   * @return the constant verdict
   */
  Verdict allowed();
}
