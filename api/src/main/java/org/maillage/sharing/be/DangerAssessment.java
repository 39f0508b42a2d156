package org.maillage.sharing.be;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The sender's recorded assessment of a danger (<i>appréciation du danger; état de nécessité</i>), which opens the
 * fourth Belgian regime: a serious, actual and imminent danger to the physical or psychological integrity of the
 * person or of someone else, that no other means can avert, and that the recipient can. It is the sender's own
 * assessment, which a court may review. Each element is recorded or not.
 *
 * <p>This class is immutable and thread-safe; it holds no text.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class DangerAssessment {
  DangerAssessment() {}

  /**
   * Tells whether the danger is serious, actual and imminent.
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> seriousAndImminent();

  /**
   * Tells whether no other means can avert it.
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> noOtherMeans();

  /**
   * Tells whether the recipient can avert it.
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> recipientCanAvert();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DangerAssessment}; not thread-safe. */
  public static final class Builder extends ImmutableDangerAssessment.Builder {
    Builder() {}
  }
}
