package org.maillage.person;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.maillage.InvalidModelException;
import org.maillage.Language;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * A sphere of a person's life in which needs, resources and competences are recorded (<i>sphère de
 * fonctionnement</i>).
 *
 * <p>The standard set below follows the practice literature (001, 004); a case system may add its own spheres
 * with {@link #of(String)}. Two spheres are equal when their codes are equal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code a lower-case code such as {@code "housing"}
 * @since 0.1
 */
public record LifeSphere(String code) implements Comparable<LifeSphere> {
  /** Physical health (<i>santé</i>). */
  public static final LifeSphere HEALTH = new LifeSphere("health");
  /** Mental health (<i>santé mentale</i>). */
  public static final LifeSphere MENTAL_HEALTH = new LifeSphere("mental-health");
  /** Housing (<i>logement</i>). */
  public static final LifeSphere HOUSING = new LifeSphere("housing");
  /** Income and budget (<i>revenus</i>). */
  public static final LifeSphere INCOME = new LifeSphere("income");
  /** Work and training (<i>emploi et formation</i>). */
  public static final LifeSphere WORK_AND_TRAINING = new LifeSphere("work-and-training");
  /** Schooling (<i>scolarité</i>). */
  public static final LifeSphere SCHOOLING = new LifeSphere("schooling");
  /** Family and parenting (<i>famille et parentalité</i>). */
  public static final LifeSphere FAMILY_AND_PARENTING = new LifeSphere("family-and-parenting");
  /** Justice (<i>justice</i>). */
  public static final LifeSphere JUSTICE = new LifeSphere("justice");
  /** Social life and leisure (<i>vie sociale</i>). */
  public static final LifeSphere SOCIAL_LIFE = new LifeSphere("social-life");
  /** Daily living and autonomy (<i>vie quotidienne</i>). */
  public static final LifeSphere DAILY_LIVING = new LifeSphere("daily-living");

  private static final ImmutableList<LifeSphere> STANDARD =
      ImmutableList.of(HEALTH, MENTAL_HEALTH, HOUSING, INCOME, WORK_AND_TRAINING, SCHOOLING,
          FAMILY_AND_PARENTING, JUSTICE, SOCIAL_LIFE, DAILY_LIVING);

  /**
   * Checks the code.
   *
   * @param code the code
   * @throws InvalidModelException if the code is blank, longer than 64 characters, or not made of
   *     lower-case letters, digits and '-'
   */
  public LifeSphere {
    if (!isCode(code)) {
      throw new InvalidModelException(ModelProblem.of("LifeSphere", "code", QuotedInput.quote(code)
          + " is not a sphere code; use lower-case letters, digits and '-', at most 64, e.g. 'housing'"));
    }
  }

  /**
   * Whether a text is a sphere code: 1 to 64 characters, lower-case ASCII letters, digits and {@code -}, not
   * starting with {@code -}. Checked by hand rather than by a regular expression, which compiled a pattern for
   * every sphere read.
   */
  private static boolean isCode(String code) {
    int length = code.length();
    if (length == 0 || length > 64 || code.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = code.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Obtains a sphere from its code, standard or the caller's own.
   *
   * @param code a code such as {@code "housing"} or {@code "mobility"}
   * @return the sphere
   * @throws InvalidModelException if the code is malformed
   */
  public static LifeSphere of(String code) {
    return new LifeSphere(code);
  }

  /**
   * Returns the standard spheres, in a fixed order.
   *
   * @return the ten standard spheres
   */
  public static ImmutableList<LifeSphere> standard() {
    return STANDARD;
  }

  /**
   * Tells whether this sphere belongs to the standard set.
   *
   * @return true for a standard sphere
   */
  public boolean isStandard() {
    return STANDARD.contains(this);
  }

  /**
   * Returns the label of a standard sphere in the reader's language, or the code of a custom one.
   *
   * @param locale the reader's locale
   * @return the label
   */
  public String label(Locale locale) {
    if (!isStandard()) {
      return code;
    }
    try {
      return ResourceBundle.getBundle("org.maillage.Labels", Language.of(locale).locale())
          .getString("LifeSphere." + code + ".label");
    } catch (MissingResourceException e) {
      return code;
    }
  }

  @Override
  public int compareTo(LifeSphere other) {
    return code.compareTo(other.code);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
