package org.maillage.formats.internal;

import java.util.ArrayList;
import java.util.List;
import org.maillage.formats.problem.ReadException;
import org.maillage.formats.problem.ReadProblem;

/**
 * The problems of one read, collected up to {@link ReadException#MAX_PROBLEMS}; past it, one more says how
 * many were left out. Not thread-safe: one per read.
 */
public final class Problems {
  private final List<ReadProblem> problems = new ArrayList<>();
  private int dropped;

  /**
   * Adds a problem.
   *
   * @param problem the problem
   */
  public void add(ReadProblem problem) {
    if (problems.size() < ReadException.MAX_PROBLEMS) {
      problems.add(problem);
    } else {
      dropped++;
    }
  }

  /**
   * Tells whether a problem was found.
   *
   * @return true when at least one was
   */
  public boolean any() {
    return !problems.isEmpty();
  }

  /**
   * Throws the read's error when a problem was found.
   *
   * @param part the part named by the "more problems" one
   * @throws ReadException with every problem, when there is at least one
   */
  public void throwIfAny(String part) {
    if (problems.isEmpty()) {
      return;
    }
    List<ReadProblem> all = new ArrayList<>(problems);
    if (dropped > 0) {
      all.add(ReadProblem.of(part, 0, 0, "read.problems.more", "count", Integer.toString(dropped)));
    }
    throw new ReadException(all);
  }
}
