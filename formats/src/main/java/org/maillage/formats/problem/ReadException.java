package org.maillage.formats.problem;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one error of the GraphML and egor readers (<i>erreur de lecture</i>): the input could not be read into
 * networks, for every reason listed in {@link #problems()}. A reader reads a document whole or not at all: when
 * it throws, no network was made from it.
 *
 * <p>The message is the English rendering of the problems; render them in another language with
 * {@link ReadProblem#render(Locale)}. Neither quotes personal data. Instances are immutable once thrown.
 *
 * @since 0.1
 */
public final class ReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems a reader keeps; past it, one more problem says how many were left out. */
  public static final int MAX_PROBLEMS = 100;

  /** The problems, never empty; a list of records, so serialisable as it is. */
  private final List<ReadProblem> problems;

  /**
   * Makes the error.
   *
   * @param problems every problem found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ReadException(List<ReadProblem> problems) {
    super(message(problems), null, false, true);
    this.problems = List.copyOf(problems);
  }

  private static String message(List<ReadProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a read error needs at least one problem");
    }
    StringBuilder message = new StringBuilder();
    for (ReadProblem problem : problems) {
      if (message.length() > 0) {
        message.append('\n');
      }
      message.append(problem.render(Locale.ENGLISH));
    }
    return message.toString();
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return the problems, never empty
   */
  public List<ReadProblem> problems() {
    return problems;
  }
}
