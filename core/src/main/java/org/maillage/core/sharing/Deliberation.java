package org.maillage.core.sharing;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.SharingDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one code path of every jurisdiction's decision (<i>délibération</i>): point the view at the flow, try
 * the regimes in order, and let the first that applies decide, its grounds going to the collector. A quiet
 * deliberation keeps no grounds; a flow it does not find allowed outright is decided once more, on the same
 * path, by an explained twin it keeps, so that every decision not allowed outright carries its grounds.
 *
 * <p>Not thread-safe: a deliberation, its view and its collector serve one reader on one thread, flow after
 * flow.
 *
 * @param <V> the jurisdiction's view of a flow
 */
public final class Deliberation<V extends FlowView> {
  private static final Logger LOG = LoggerFactory.getLogger(Deliberation.class);

  private final List<? extends PolicyRegime<V>> regimes;
  private final V view;
  private final Grounds grounds;
  private final Function<Grounds, Deliberation<V>> twinMaker;
  private @Nullable Deliberation<V> twin;

  private Deliberation(List<? extends PolicyRegime<V>> regimes, V view, Grounds grounds,
      Function<Grounds, Deliberation<V>> twinMaker) {
    this.regimes = regimes;
    this.view = view;
    this.grounds = grounds;
    this.twinMaker = twinMaker;
  }

  /**
   * Makes a deliberation.
   *
   * @param <V> the jurisdiction's view of a flow
   * @param regimes the jurisdiction's regimes, in order; the last applies to every flow
   * @param view a new view of the record's flows
   * @param grounds the collector: {@link Grounds#quiet()} or {@link Grounds#explained()}
   * @param twinMaker makes the explained deliberation of the same record, for a quiet one
   * @return the deliberation
   */
  public static <V extends FlowView> Deliberation<V> of(List<? extends PolicyRegime<V>> regimes, V view,
      Grounds grounds, Function<Grounds, Deliberation<V>> twinMaker) {
    return new Deliberation<>(regimes, view, grounds, twinMaker);
  }

  /**
   * Decides a flow.
   *
   * @param flow the flow
   * @return the decision: a shared constant without grounds for a flow a quiet deliberation allows outright,
   *     else the decision with its grounds
   * @throws IllegalArgumentException if the flow's parties or person are not of the network
   */
  public SharingDecision decide(InformationFlow flow) {
    boolean explained = grounds.isExplained();
    grounds.reset();
    view.retarget(flow, explained);
    for (int i = 0; i < regimes.size(); i++) {
      PolicyRegime<V> regime = regimes.get(i);
      if (regime.applies(view, grounds)) {
        Verdict verdict = regime.decide(view, grounds);
        if (!explained) {
          return verdict.isAllowedOutright() ? verdict.quietDecision() : twin().decide(flow);
        }
        SharingDecision decision = grounds.decision(verdict);
        if (LOG.isTraceEnabled()) {
          decision.reasons().forEach(m -> LOG.trace("Flow {}: {}", flow.id(), m.key()));
        }
        return decision;
      }
    }
    throw new IllegalStateException("Deliberation: no regime applies to flow " + flow.id()
        + "; the last regime of a jurisdiction must apply to every flow");
  }

  private Deliberation<V> twin() {
    if (twin == null) {
      twin = twinMaker.apply(Grounds.explained());
    }
    return twin;
  }

  /**
   * Returns the view, to name the network in descriptions.
   *
   * @return the view
   */
  public V view() {
    return view;
  }
}
