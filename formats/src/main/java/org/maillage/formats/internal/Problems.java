package org.maillage.formats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;

/**
 * The problems of one read, collected up to {@link #MAX_PROBLEMS}; past it, one more says how
 * many were left out. Not thread-safe: one per read.
 */
public final class Problems {
  /** The most problems one read reports; past it, one more says how many were left out. */
  public static final int MAX_PROBLEMS = 100;
  private final List<FormatProblem> problems = new ArrayList<>();
  private int dropped;

  /**
   * Obtains a problem of a GraphML document or of egor's tables.
   *
   * @param part where: the table or the element, as a pointer of its own
   * @param line the line, from 1, or 0 when unknown
   * @param column the column, from 1, or 0 when unknown
   * @param key the message key, in the formats' bundle
   * @param arguments the arguments, as name, value, name, value…
   * @return the problem
   * @throws IllegalArgumentException if the arguments do not come in pairs
   */
  public static FormatProblem problem(String part, long line, long column, String key, String... arguments) {
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name and value pairs; " + arguments.length
          + " were given");
    }
    Map<String, String> named = new TreeMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      named.put(arguments[i], arguments[i + 1]);
    }
    return FormatProblem.of(part, (int) Math.min(Integer.MAX_VALUE, line),
        (int) Math.min(Integer.MAX_VALUE, column), key, named);
  }

  /**
   * Adds a problem.
   *
   * @param problem the problem
   */
  public void add(FormatProblem problem) {
    if (problems.size() < Problems.MAX_PROBLEMS) {
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
   * @throws FormatException with every problem, when there is at least one
   */
  public void throwIfAny(String part) {
    if (problems.isEmpty()) {
      return;
    }
    List<FormatProblem> all = new ArrayList<>(problems);
    if (dropped > 0) {
      all.add(Problems.problem(part, 0, 0, "read.problems.more", "count", Integer.toString(dropped)));
    }
    throw new FormatException(all);
  }
}
