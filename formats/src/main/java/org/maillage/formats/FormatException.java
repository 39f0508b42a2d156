package org.maillage.formats;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * A document a reader refused (<i>document refusé</i>), with every problem found in it.
 *
 * <p>The one error type of the readers of this module: a syntax error, a limit reached, a value of the wrong
 * type, an unknown member, a missing one, a dangling reference or any other structural invariant of the model
 * all end as a {@link FormatProblem} of this exception, never as another exception or a stack trace of the
 * model. A reader collects every problem of the document it can reach (a syntax error or a limit ends the
 * reading where it stands, since nothing after it can be trusted), up to a bound
 * ({@link ReadLimits#maxProblems()}).
 *
 * <p>The message, in English, lists the first problems; it quotes ids and codes, never a text the model
 * classifies as personal or free text. Render the problems in another language with
 * {@link FormatProblem#message(Locale)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int IN_MESSAGE = 5;

  /** The problems; an immutable list, serializable. */
  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<FormatProblem> problems;

  /**
   * Creates the exception of a refused document.
   *
   * @param problems the problems, at least one, in document order
   * @throws IllegalArgumentException if there is no problem
   * @since 0.1
   */
  public FormatException(List<FormatProblem> problems) {
    super(summary(problems), null, false, false);
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String summary(List<FormatProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("FormatException: no problem given; a refused document has at least one");
    }
    StringBuilder s = new StringBuilder();
    s.append(problems.size()).append(problems.size() == 1 ? " problem: " : " problems: ");
    for (int i = 0; i < Math.min(IN_MESSAGE, problems.size()); i++) {
      s.append(i == 0 ? "" : "; ").append(problems.get(i).message(Locale.ENGLISH));
    }
    if (problems.size() > IN_MESSAGE) {
      s.append("; and ").append(problems.size() - IN_MESSAGE).append(" more");
    }
    return s.toString();
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return the problems, never empty
   * @since 0.1
   */
  public ImmutableList<FormatProblem> problems() {
    return problems;
  }
}
