package org.maillage.testing;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where the seeds of {@link Property} tries come from: fresh ones on every run, or the one seed a developer
 * replays.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Seeds {

  /**
   * The system property that replays one seed: every property then runs one try with it. Set blank, it asks for
   * fresh seeds even when {@link #SEED_VARIABLE} is set.
   */
  public static final String SEED_PROPERTY = "maillage.seed";

  /** The environment variable read when the system property is not set. */
  public static final String SEED_VARIABLE = "MAILLAGE_SEED";

  private static final SecureRandom FRESH = new SecureRandom();

  private Seeds() {}

  /**
   * Returns the seed to replay, if one is set.
   *
   * @return the seed, or empty for fresh seeds (neither set, or the one read blank)
   * @throws IllegalArgumentException when the seed set is not a decimal {@code long}
   */
  public static OptionalLong replayed() {
    String text = Optional.ofNullable(System.getProperty(SEED_PROPERTY)).orElse(System.getenv(SEED_VARIABLE));
    if (text == null || text.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " must be a decimal long, as printed by a failure; got '"
          + text + "'", e);
    }
  }

  /**
   * Returns a fresh seed.
   *
   * @return a seed never used before, in all likelihood
   */
  public static long fresh() {
    return FRESH.nextLong();
  }
}
