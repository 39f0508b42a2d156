package org.maillage.sharing;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.MemberId;

/**
 * The recorded finding that worsening social, educational or material difficulties call for several
 * professionals of social action (<i>déclenchement de l'article L121-6-2 du CASF</i>), which opens the
 * social-action sharing regime.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SocialActionTrigger {
  SocialActionTrigger() {}

  /**
   * Returns the day the trigger was recorded.
   *
   * @return the date
   */
  public abstract LocalDate recorded();

  /**
   * Tells whether the mayor and the president of the département council were informed.
   *
   * @return false by default
   */
  @Value.Default
  public boolean authoritiesInformed() {
    return false;
  }

  /**
   * Returns the coordinator the mayor designated, if any.
   *
   * @return the coordinator's id, or empty
   */
  public abstract Optional<MemberId> coordinator();

  /**
   * Obtains a trigger recorded on a date.
   *
   * @param recorded the date
   * @return the trigger
   */
  public static SocialActionTrigger of(LocalDate recorded) {
    return builder().recorded(recorded).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SocialActionTrigger}; not thread-safe. */
  public static final class Builder extends ImmutableSocialActionTrigger.Builder {
    Builder() {}
  }
}
