package org.maillage.core.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.sharing.FactAnswer;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
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
   * <p>When a fact the decision turns on is not recorded, the answer is {@link SharingOutcome#INCOMPLETE} with
   * the facts missing; for each of them, the flow is decided once more for each way the fact could be recorded
   * ({@link FlowView#waysOf}: a bounded number per fact), that fact alone added, and the decision lists what
   * each way gives. When every way of recording one of the missing facts gives the same outcome and addressees,
   * that fact does not leave the decision open (DOMAIN.md §4): the decision is that answer, its regime, step and
   * requirement those of the first way, its reasons those read before the fact was missed and a last one saying
   * that recording the fact either way would not change the answer ({@code fact.either-way}, a key every
   * jurisdiction's messages hold). The cost stays linear: one decision, and for an incomplete one as many
   * more as the ways of its missing facts.
   *
   * @param flow the flow
   * @return the decision: a shared constant without grounds for a flow a quiet deliberation allows outright,
   *     else the decision with its grounds
   * @throws IllegalArgumentException if the flow's parties or person are not of the network
   */
  public SharingDecision decide(InformationFlow flow) {
    boolean explained = grounds.isExplained();
    Verdict verdict = run(flow, explained);
    if (!explained) {
      return verdict.isAllowedOutright() ? verdict.quietDecision() : twin().decide(flow);
    }
    SharingDecision decision = grounds.decision(verdict);
    if (verdict.outcome() == SharingOutcome.INCOMPLETE) {
      decision = answers(flow, verdict, decision);
    }
    if (LOG.isTraceEnabled()) {
      decision.reasons().forEach(m -> LOG.trace("Flow {}: {}", flow.id(), m.key()));
    }
    return decision;
  }

  /** One pass over the regimes, the view pointed at the flow; the first regime that applies decides. */
  private Verdict run(InformationFlow flow, boolean explained) {
    grounds.reset();
    view.retarget(flow, explained);
    for (int i = 0; i < regimes.size(); i++) {
      PolicyRegime<V> regime = regimes.get(i);
      if (regime.applies(view, grounds)) {
        if (!view.unknowns().isEmpty()) {
          return Verdict.incomplete(regime.entry(), view.unknowns());
        }
        return regime.decide(view, grounds);
      }
    }
    throw new IllegalStateException("Deliberation: no regime applies to flow " + flow.id()
        + "; the last regime of a jurisdiction must apply to every flow");
  }

  /**
   * Decides the flow once per way of recording each missing fact, and either lists the answers on the
   * incomplete decision or, when one fact's every way gives the same answer, returns that answer.
   */
  private SharingDecision answers(InformationFlow flow, Verdict incomplete, SharingDecision decision) {
    List<MissingFact> facts = new ArrayList<>(incomplete.missing().size());
    Verdict settled = null;
    Unknown settledBy = null;
    try {
      for (Unknown fact : incomplete.missing()) {
        List<FactAnswer> answers = new ArrayList<>();
        Verdict same = null;
        boolean converges = true;
        for (Labelled way : view.waysOf(fact.kind())) {
          view.hypothesise(fact, way);
          Verdict answer = run(flow, true);
          answers.add(FactAnswer.of(way, answer.outcome()));
          if (answer.outcome() == SharingOutcome.INCOMPLETE || same != null && !same.sameAnswerAs(answer)) {
            converges = false;
          } else if (same == null) {
            same = answer;
          }
        }
        if (converges && same != null && settled == null) {
          settled = same;
          settledBy = fact;
        }
        MemberId about = fact.about();
        facts.add(about == null ? MissingFact.ofNetwork(fact.kind(), answers)
            : MissingFact.of(fact.kind(), about, answers));
      }
    } finally {
      view.hypothesise(null, null);
    }
    if (settled == null || settledBy == null) {
      return SharingDecision.builder().from(decision).missingFacts(facts).build();
    }
    MemberId about = settledBy.about();
    Message eitherWay = about == null ? Message.of("fact.either-way", ImmutableMap.of("fact", settledBy.kind()))
        : Message.of("fact.either-way", ImmutableMap.of("fact", settledBy.kind(), "member", about));
    Step step = settled.step();
    return SharingDecision.builder().from(decision).outcome(settled.outcome()).regime(settled.step().regime())
        .addressees(settled.addressees()).missingFacts(List.of())
        .reasons(ImmutableList.<Message>builder().addAll(decision.reasons()).add(eitherWay).build())
        .decidingReason(eitherWay).decidingStep(step.key()).requirement(step.requirement()).build();
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
