package org.maillage.core.rules.sharing;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.Disclosure;
import org.maillage.Labelled;
import org.maillage.Message;
import org.maillage.sharing.SharingPolicy;
import org.maillage.sharing.StepKey;

/**
 * The reason the deciding step of a sharing decision gave, as an argument of a {@code SHARE-DECISION} finding
 * (<i>motif décisif</i>): its name is the step's key, and its label the reason rendered by the policy that
 * decided, in the reader's language.
 *
 * <p>This class is immutable and thread-safe, with value equality on the step and the reason.
 */
final class DecidingReason implements Labelled {
  private final SharingPolicy policy;
  private final StepKey step;
  private final Message reason;

  DecidingReason(SharingPolicy policy, StepKey step, Message reason) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.step = Objects.requireNonNull(step, "step");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the deciding step's key.
   *
   * @return the key, such as {@code general.step7}
   */
  @Override
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public String name() {
    return step.value();
  }

  /**
   * Renders the reason with the policy that decided.
   *
   * @param locale the reader's locale
   * @return the reason's text
   */
  @Override
  public String label(Locale locale) {
    return policy.render(reason, locale);
  }

  /**
   * Returns the key of the reason's message: a reason is not a term with a definition.
   *
   * @param locale the reader's locale
   * @return the reason's text, as {@link #label(Locale)}
   */
  @Override
  public String definition(Locale locale) {
    return label(locale);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DecidingReason d && d.policy.jurisdiction() == policy.jurisdiction()
        && d.step.equals(step) && d.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy.jurisdiction(), step, reason);
  }

  /** Returns the step's key and the reason's key, never its arguments. */
  @Override
  public String toString() {
    return step + ":" + reason.key();
  }
}
