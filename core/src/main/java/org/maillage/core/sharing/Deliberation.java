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
   * Decides a flow as {@link #decide(InformationFlow)} does, then logs the outcome at DEBUG on the policy's own
   * logger, with ids only: what a policy's explained decision does.
   *
   * @param flow the flow
   * @param log the policy's logger
   * @return the decision
   * @throws IllegalArgumentException as {@link #decide(InformationFlow)}
   */
  public SharingDecision decideAndLog(InformationFlow flow, Logger log) {
    SharingDecision decision = decide(flow);
    if (log.isDebugEnabled()) {
      log.debug("Flow {} about {} in network {}: {} under {} ({} reason(s))", flow.id(), flow.about(),
          view.network().id(), decision.outcome(), decision.regime(), decision.reasons().size());
    }
    return decision;
  }

  /**
   * Decides a flow.
   *
   * <p>When a fact the decision turns on is not recorded, the answer is {@link SharingOutcome#INCOMPLETE} with
   * the facts missing; for each of them, the flow is decided once more for each way the fact could be recorded
   * ({@link FlowView#waysOf}: a bounded number per fact), that fact alone added, and the decision lists what
   * each way gives: the answer the decision itself would give once that fact is recorded that way (so, for a way
   * under which other facts still miss, once more per way of each of those, to see whether one of them settles it
   * as below). When every way of recording one of the missing facts gives the same outcome and addressees,
   * that fact does not leave the decision open (DOMAIN.md §4): the decision is that answer, its regime, step and
   * requirement those of the first way, its reasons those read before the fact was missed and a last one saying
   * that recording the fact either way would not change the answer ({@code fact.either-way}, or
   * {@code fact.either-way.network} for a fact about the network, keys every
   * jurisdiction's messages hold). One fact settles it alone or not at all: a decision that only two facts
   * recorded together would settle stays incomplete, and its answers say so. A complete decision costs one pass, linear in the flow; an incomplete one a
   * bounded number more per missing fact and way (the ways of the facts its answers leave open), each linear.
   *
   * @param flow the flow
   * @return the decision: a shared constant without grounds for a flow a quiet deliberation allows outright,
   *     else the decision with its grounds (a flow allowed although a fact is missing, every recording of it
   *     allowing it, keeps its grounds, which name that fact)
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

  /** {@link #run(InformationFlow, boolean)} with the grounds explained, for the re-decisions of an incomplete one. */
  private Verdict run(InformationFlow flow) {
    return run(flow, true);
  }

  /** One pass over the regimes, the view pointed at the flow; the first regime that applies decides. */
  private Verdict run(InformationFlow flow, boolean explained) {
    grounds.reset();
    view.retarget(flow, explained);
    for (int i = 0; i < regimes.size(); i++) {
      PolicyRegime<V> regime = regimes.get(i);
      if (regime.applies(view, grounds)) {
        if (view.unknowns().isEmpty()) {
          return regime.decide(view, grounds);
        }
        if (Necessity.isMet(view, Grounds.quiet())) {
          return Verdict.incomplete(regime.entry(), view.unknowns());
        }
        // more than the purpose needs is refused under every regime: whether this one applies does not matter,
        // and the next regime that applies refuses it
        view.forgetUnknowns();
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
    Settled settled;
    try {
      for (Unknown fact : incomplete.missing()) {
        List<FactAnswer> answers = new ArrayList<>();
        for (Labelled way : view.waysOf(fact.kind())) {
          view.hypothesise(fact, way);
          Verdict answer = run(flow);
          if (answer.outcome() == SharingOutcome.INCOMPLETE) {
            // what the decision would answer once that way recorded: open, unless a fact still missing settles
            Settled under = settle(flow, answer.missing(), 1);
            answer = under == null ? answer : under.verdict();
          }
          view.forget(0);
          answers.add(FactAnswer.of(way, answer.outcome()));
        }
        MemberId about = fact.about();
        facts.add(about == null ? MissingFact.ofNetwork(fact.kind(), answers)
            : MissingFact.of(fact.kind(), about, answers));
      }
      settled = settle(flow, incomplete.missing(), 0);
    } finally {
      view.forget(0);
    }
    if (settled == null) {
      return SharingDecision.builder().from(decision).missingFacts(facts).build();
    }
    Unknown by = settled.by();
    MemberId about = by.about();
    Message eitherWay = about == null ? Message.of("fact.either-way.network", ImmutableMap.of("fact", by.kind()))
        : Message.of("fact.either-way", ImmutableMap.of("fact", by.kind(), "member", about));
    Step step = settled.verdict().step();
    return SharingDecision.builder().from(decision).outcome(settled.verdict().outcome()).regime(step.regime())
        .addressees(settled.verdict().addressees()).missingFacts(List.of())
        .reasons(ImmutableList.<Message>builder().addAll(decision.reasons()).add(eitherWay).build())
        .decidingReason(eitherWay).decidingStep(step.key()).requirement(step.requirement()).build();
  }

  /** A missing fact whose every way of recording gives the same answer, and that answer. */
  private record Settled(Unknown by, Verdict verdict) {}

  /**
   * Finds the first missing fact whose every way of recording gives one and the same complete answer, the
   * view's first {@code keep} hypotheses kept: one decision per way of each fact.
   *
   * @return the fact and its answer, or null when every fact leaves the flow open
   */
  private @Nullable Settled settle(InformationFlow flow, List<Unknown> missing, int keep) {
    for (Unknown fact : missing) {
      Verdict same = null;
      boolean converges = true;
      for (Labelled way : view.waysOf(fact.kind())) {
        if (!converges) {
          break;
        }
        view.hypothesise(fact, way);
        Verdict answer = run(flow);
        view.forget(keep);
        if (answer.outcome() == SharingOutcome.INCOMPLETE || same != null && !same.sameAnswerAs(answer)) {
          converges = false;
        } else if (same == null) {
          same = answer;
        }
      }
      if (converges && same != null) {
        return new Settled(fact, same);
      }
    }
    return null;
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
