package org.maillage.sharing;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.maillage.MemberId;

/**
 * An objection of the person (or their representative) to flows about them (<i>opposition</i>).
 *
 * <p>It can be made at any time and blocks every later flow, unless it names categories of information or
 * recipients, in which case it blocks only flows carrying one of those categories or going to one of those
 * recipients.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Objection {
  Objection() {}

  /**
   * Returns who objected.
   *
   * @return the id of the person or representative
   */
  public abstract MemberId by();

  /**
   * Returns the day of the objection.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the categories it is limited to.
   *
   * @return the categories; empty means every category
   */
  public abstract ImmutableSet<InformationCategory> categories();

  /**
   * Returns the recipients it is limited to.
   *
   * @return the recipients; empty means every recipient
   */
  public abstract ImmutableSet<MemberId> recipients();

  /**
   * Tells whether this objection blocks a flow: made on or before its date, and within its scope.
   *
   * @param flow the flow
   * @return true if the flow is blocked
   */
  public final boolean blocks(InformationFlow flow) {
    if (date().isAfter(flow.date())) {
      return false;
    }
    return (categories().isEmpty() || intersects(categories(), flow.categories()))
        && (recipients().isEmpty() || intersects(recipients(), flow.recipients()));
  }

  /** Whether two sets share an element: the smaller is read, the larger asked (no stream per objection). */
  private static <T> boolean intersects(ImmutableSet<T> a, ImmutableSet<T> b) {
    ImmutableSet<T> smaller = a.size() <= b.size() ? a : b;
    ImmutableSet<T> larger = smaller == a ? b : a;
    for (T element : smaller) {
      if (larger.contains(element)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Objection}; not thread-safe. */
  public static final class Builder extends ImmutableObjection.Builder {
    Builder() {}
  }
}
