package org.maillage.core;

/**
 * Facts about this build of the Maillage engine.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Maillage {
  private Maillage() {}

  /**
   * Returns the version of the domain brief the engine implements.
   *
   * @return the version string
   */
  public static String specification() {
    return "DOMAIN.md 2026-12";
  }
}
