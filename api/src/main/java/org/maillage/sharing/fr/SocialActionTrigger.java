package org.maillage.sharing.fr;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.JurisdictionFact;

/**
 * The recorded finding that worsening social, educational or material difficulties call for several
 * professionals of social action (<i>déclenchement de l'article L121-6-2 du CASF</i>), which opens the
 * social-action sharing regime. A French fact of the network ({@link JurisdictionFact}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1 (in {@code org.maillage.sharing} until 0.2)
 */
@Value.Immutable
public abstract class SocialActionTrigger implements JurisdictionFact {
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
   * Returns {@link Jurisdiction#FRANCE}.
   *
   * @return France
   * @since 0.2
   */
  @Override
  public final Jurisdiction jurisdiction() {
    return Jurisdiction.FRANCE;
  }

  /**
   * Returns the coordinator, when designated, under the name {@code coordinator}.
   *
   * @return the members the trigger names
   * @since 0.2
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  @Override
  public final ImmutableMap<String, MemberId> namedMembers() {
    MemberId coordinator = coordinator().orElse(null);
    return coordinator == null ? ImmutableMap.of() : ImmutableMap.of("coordinator", coordinator);
  }

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
