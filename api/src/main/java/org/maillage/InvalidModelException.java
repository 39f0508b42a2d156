package org.maillage;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a model value cannot be built (<i>valeur du modèle invalide</i>): the one exception of the
 * model's factories and builders, null arguments aside (those throw {@link NullPointerException}, see the
 * package's null policy).
 *
 * <p>It carries every problem found, each with its path and a message that says how to fix it: a network's
 * structural problems are all reported by one exception, as Jakarta Validation reports every violation.
 * Building a value checks only what cannot be written down at all (unique ids, references to individuals of
 * the network, dates in order, a required attribute set); whether the network is good practice is the
 * validator's question.
 *
 * <pre>{@code
 * try {
 *   network = builder.build();
 * } catch (InvalidModelException e) {
 *   for (ModelProblem p : e.problems()) {
 *     row.reject(p.path(), p.message());
 *   }
 * }
 * }</pre>
 *
 * <p>The message lists the problems (the first {@value #LISTED} when there are more); it quotes ids and codes
 * escaped ({@link QuotedInput}), never a name, a note or another text the model classifies as personal or
 * free text ({@link Disclosure}).
 *
 * @since 0.1
 */
public class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} has them all. */
  public static final int LISTED = 20;

  /** Every problem; an ImmutableList of serialisable problems. */
  private final ImmutableList<ModelProblem> problems;

  /**
   * Creates the exception for one problem.
   *
   * @param problem the problem
   */
  public InvalidModelException(ModelProblem problem) {
    this(ImmutableList.of(problem));
  }

  /**
   * Creates the exception for problems found together.
   *
   * @param problems the problems, at least one, in the order found
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidModelException(List<ModelProblem> problems) {
    super(message(ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return the problems, at least one
   */
  public final ImmutableList<ModelProblem> problems() {
    return problems;
  }

  private static String message(ImmutableList<ModelProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("InvalidModelException.problems: is empty; give at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    ModelProblem first = problems.get(0);
    StringBuilder out = new StringBuilder(128 * Math.min(problems.size(), LISTED)).append(problems.size())
        .append(" problems building ").append(first.type());
    first.id().ifPresent(id -> out.append(' ').append(QuotedInput.quote(id)));
    out.append(':');
    for (int i = 0; i < Math.min(problems.size(), LISTED); i++) {
      out.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > LISTED) {
      out.append("\n  ... and ").append(problems.size() - LISTED).append(" more; read problems() for every one");
    }
    return out.toString();
  }
}
