package org.maillage.core.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.ReportBasis;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;

/**
 * The collector of a decision's grounds (<i>motifs et fondements</i>): the reasons step by step, the articles
 * relied on, the basis of a report, and which reason the deciding step gave. Every regime of every
 * jurisdiction writes its grounds here, through one code path; the {@link #quiet() quiet} collector keeps
 * nothing, for a caller who only wants the outcome, and an {@link #explained() explained} one keeps everything.
 *
 * <p>A collector serves one flow at a time ({@link #reset()} between flows) and is not thread-safe; the quiet
 * one keeps no state and is shared.
 */
public abstract class Grounds {
  private static final Grounds QUIET = new Quiet();

  Grounds() {}

  /**
   * Returns the collector that keeps nothing.
   *
   * @return the shared quiet collector
   */
  public static Grounds quiet() {
    return QUIET;
  }

  /**
   * Returns a new collector that keeps every ground.
   *
   * @return a new explained collector, for one thread
   */
  public static Grounds explained() {
    return new Explained();
  }

  /**
   * Tells whether the grounds are kept: a step with a reason per element (a category, a party) asks it before
   * looping, to settle the same answer at once when nothing is kept.
   *
   * @return true for an explained collector
   */
  public abstract boolean isExplained();

  /**
   * Records a reason without argument.
   *
   * @param key the reason's message key
   */
  public abstract void reason(String key);

  /**
   * Records a reason with one argument.
   *
   * @param key the reason's message key
   * @param name the argument's name
   * @param value its value
   */
  public abstract void reason(String key, String name, Object value);

  /**
   * Records a reason with two arguments.
   *
   * @param key the reason's message key
   * @param name1 the first argument's name
   * @param value1 its value
   * @param name2 the second argument's name
   * @param value2 its value
   */
  public abstract void reason(String key, String name1, Object value1, String name2, Object value2);

  /**
   * Records a reason with three arguments.
   *
   * @param key the reason's message key
   * @param name1 the first argument's name
   * @param value1 its value
   * @param name2 the second argument's name
   * @param value2 its value
   * @param name3 the third argument's name
   * @param value3 its value
   */
  public abstract void reason(String key, String name1, Object value1, String name2, Object value2, String name3,
      Object value3);

  /**
   * Records an article relied on, once.
   *
   * @param article the article
   */
  public abstract void basis(LegalReference article);

  /**
   * Records the basis a report stands on: one article.
   *
   * @param kind the kind of report
   * @param article the article
   */
  public abstract void reportBasis(ReportKind kind, LegalReference article);

  /**
   * Records the basis a report stands on: two articles.
   *
   * @param kind the kind of report
   * @param first the first article
   * @param second the second article
   */
  public abstract void reportBasis(ReportKind kind, LegalReference first, LegalReference second);

  /** Takes the reason just recorded as the deciding step's, unless one already is. */
  public abstract void mark();

  /**
   * Returns how many reasons were recorded for the flow so far, to {@link #markAt} one later.
   *
   * @return the count; 0 for the quiet collector
   */
  public abstract int count();

  /**
   * Takes the reason recorded at a position as the deciding step's, whatever was marked before: for a step
   * that could not settle, whose reason is followed by those of later steps read in the same pass.
   *
   * @param index a value {@link #count()} returned before that reason was recorded
   */
  public abstract void markAt(int index);

  /** Forgets the grounds of the previous flow. */
  public abstract void reset();

  /**
   * Returns the decision of a verdict with the grounds collected.
   *
   * @param verdict what the regime decided
   * @return the decision with its grounds
   * @throws IllegalStateException for the quiet collector, which keeps none
   */
  public abstract SharingDecision decision(Verdict verdict);

  /** Keeps nothing. */
  private static final class Quiet extends Grounds {
    @Override
    public boolean isExplained() {
      return false;
    }

    @Override
    public void reason(String key) {}

    @Override
    public void reason(String key, String name, Object value) {}

    @Override
    public void reason(String key, String name1, Object value1, String name2, Object value2) {}

    @Override
    public void reason(String key, String name1, Object value1, String name2, Object value2, String name3,
        Object value3) {}

    @Override
    public void basis(LegalReference article) {}

    @Override
    public void reportBasis(ReportKind kind, LegalReference article) {}

    @Override
    public void reportBasis(ReportKind kind, LegalReference first, LegalReference second) {}

    @Override
    public void mark() {}

    @Override
    public int count() {
      return 0;
    }

    @Override
    public void markAt(int index) {}

    @Override
    public void reset() {}

    @Override
    public SharingDecision decision(Verdict verdict) {
      throw new IllegalStateException("Grounds.decision: the quiet collector keeps no grounds; decide the flow "
          + "with an explained collector");
    }
  }

  /** Keeps everything, in the order recorded. */
  private static final class Explained extends Grounds {
    private final List<Message> reasons = new ArrayList<>();
    /** The articles relied on, in first-use order, without repeats (a short list: a set would cost more). */
    private final List<LegalReference> basis = new ArrayList<>(8);
    private @Nullable ReportBasis reportBasis;
    /** The index in {@link #reasons} of the deciding step's reason, or -1 until {@link #mark()}. */
    private int decisive = -1;

    @Override
    public boolean isExplained() {
      return true;
    }

    @Override
    public void reason(String key) {
      reasons.add(Message.of(key));
    }

    @Override
    public void reason(String key, String name, Object value) {
      reasons.add(Message.of(key, ImmutableMap.of(name, value)));
    }

    @Override
    public void reason(String key, String name1, Object value1, String name2, Object value2) {
      reasons.add(Message.of(key, ImmutableMap.of(name1, value1, name2, value2)));
    }

    @Override
    public void reason(String key, String name1, Object value1, String name2, Object value2, String name3,
        Object value3) {
      reasons.add(Message.of(key, ImmutableMap.of(name1, value1, name2, value2, name3, value3)));
    }

    @Override
    public void basis(LegalReference article) {
      if (!basis.contains(article)) {
        basis.add(article);
      }
    }

    @Override
    public void reportBasis(ReportKind kind, LegalReference article) {
      reportBasis = ReportBasis.of(kind, List.of(article));
    }

    @Override
    public void reportBasis(ReportKind kind, LegalReference first, LegalReference second) {
      reportBasis = ReportBasis.of(kind, List.of(first, second));
    }

    @Override
    public void mark() {
      if (decisive < 0) {
        decisive = reasons.size() - 1;
      }
    }

    @Override
    public int count() {
      return reasons.size();
    }

    @Override
    public void markAt(int index) {
      decisive = index;
    }

    @Override
    public void reset() {
      reasons.clear();
      basis.clear();
      reportBasis = null;
      decisive = -1;
    }

    @Override
    public SharingDecision decision(Verdict verdict) {
      mark();
      Step step = verdict.step();
      ImmutableList<Message> all = ImmutableList.copyOf(reasons);
      SharingDecision.Builder decision = SharingDecision.builder();
      decision.outcome(verdict.outcome()).jurisdiction(step.jurisdiction()).regime(step.regime())
          .requirement(step.requirement()).decidingStep(step.key()).legalBasis(basis).reasons(all)
          .addressees(verdict.addressees());
      for (Unknown unknown : verdict.missing()) {
        MemberId about = unknown.about();
        decision.addMissingFacts(about == null ? MissingFact.ofNetwork(unknown.kind(), List.of())
            : MissingFact.of(unknown.kind(), about, List.of()));
      }
      if (reportBasis != null) {
        decision.reportBasis(reportBasis);
      }
      if (decisive >= 0) {
        decision.decidingReason(all.get(decisive));
      }
      return decision.build();
    }
  }
}
