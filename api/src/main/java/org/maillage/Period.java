package org.maillage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of days with a start and an optional end (<i>période</i>), both inclusive.
 *
 * <p>Used for involvements in a network, designations, measures and partnerships. An open period has no end:
 * it is still running. "Current on a date" follows DOMAIN.md §2: the period has started on or before the date
 * and has not ended before it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Period {
  private final LocalDate start;
  private final @Nullable LocalDate end;

  private Period(LocalDate start, @Nullable LocalDate end) {
    this.start = Objects.requireNonNull(start, "Period.start: is null; give the first day of the period");
    if (end != null && end.isBefore(start)) {
      throw new InvalidModelException(ModelProblem.of("Period", "end", QuotedInput.quote(end) + " is before start "
          + QuotedInput.quote(start) + "; give an end on or after the start"));
    }
    this.end = end;
  }

  /**
   * Obtains an open period starting on a date.
   *
   * @param start the first day
   * @return the open period
   */
  public static Period from(LocalDate start) {
    return new Period(start, null);
  }

  /**
   * Obtains a closed period.
   *
   * @param start the first day
   * @param end the last day, on or after {@code start}
   * @return the period
   * @throws InvalidModelException if {@code end} is before {@code start}
   */
  public static Period of(LocalDate start, LocalDate end) {
    return new Period(start, Objects.requireNonNull(end, "Period.end: is null; use Period.from(start) for an open period"));
  }

  /**
   * Obtains a period whose end may be absent.
   *
   * @param start the first day
   * @param end the last day, if any
   * @return the period
   * @throws InvalidModelException if {@code end} is before {@code start}
   */
  public static Period of(LocalDate start, Optional<LocalDate> end) {
    return new Period(start, end.orElse(null));
  }

  /**
   * Returns the first day.
   *
   * @return the start, never null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day, if the period has ended or will end.
   *
   * @return the end, or empty for an open period
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns a copy with the given end.
   *
   * @param newEnd the last day
   * @return the closed period
   * @throws InvalidModelException if {@code newEnd} is before the start
   */
  public Period withEnd(LocalDate newEnd) {
    return new Period(start, Objects.requireNonNull(newEnd, "Period.end: is null; a period ends on a day"));
  }

  /**
   * Tells whether the period has started on or before the date and has not ended before it.
   *
   * @param date the date judged
   * @return true if the date lies in the period
   */
  public boolean contains(LocalDate date) {
    return !start.isAfter(date) && (end == null || !end.isBefore(date));
  }

  /**
   * Tells whether the period is open (has no end).
   *
   * @return true if no end is recorded
   */
  public boolean isOpen() {
    return end == null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Period && ((Period) o).start.equals(start) && Objects.equals(((Period) o).end, end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + Objects.hashCode(end);
  }

  /** Returns {@code [start..end]}, or {@code [start..)} for an open period. */
  @Override
  public String toString() {
    return "[" + start + ".." + (end == null ? ")" : end + "]");
  }
}
