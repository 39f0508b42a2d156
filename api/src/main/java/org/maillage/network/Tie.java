package org.maillage.network;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;
import org.maillage.TieId;

/**
 * A tie between two individuals of a network, the person included (<i>lien</i>): its nature, its quality,
 * and for each kind of support exchanged, the direction it flows.
 *
 * <p>Multiplexity is derived from the supports, never stored. A tie has an order only so that directions can
 * be stated: {@link #first()} and {@link #second()}.
 *
 * <pre>{@code
 * Tie tie = Tie.builder()
 *     .id(TieId.of("t-1"))
 *     .first(aunt).second(lea)
 *     .nature(TieNature.AFFECTIVE)
 *     .quality(TieQuality.STRONG)
 *     .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Tie {
  Tie() {}

  /**
   * Returns the tie's id.
   *
   * @return the id
   */
  public abstract TieId id();

  /**
   * Returns the first end.
   *
   * @return an individual's id
   */
  public abstract MemberId first();

  /**
   * Returns the second end.
   *
   * @return an individual's id
   */
  public abstract MemberId second();

  /**
   * Returns the nature of the tie.
   *
   * @return the nature
   */
  public abstract TieNature nature();

  /**
   * Returns the quality of the tie.
   *
   * @return the quality; {@link TieQuality#ORDINARY} by default
   */
  @Value.Default
  public TieQuality quality() {
    return TieQuality.ORDINARY;
  }

  /**
   * Returns the supports exchanged along the tie and their directions.
   *
   * @return the supports, possibly empty
   */
  public abstract ImmutableMap<SupportType, SupportDirection> supports();

  /**
   * Tells whether an individual is one of the ends.
   *
   * @param member the individual
   * @return true if first or second
   */
  public final boolean involves(MemberId member) {
    return first().equals(member) || second().equals(member);
  }

  /**
   * Returns the end opposite an individual.
   *
   * @param member one end
   * @return the other end
   * @throws IllegalArgumentException if {@code member} is not an end of this tie
   */
  public final MemberId other(MemberId member) {
    if (first().equals(member)) {
      return second();
    }
    if (second().equals(member)) {
      return first();
    }
    throw new IllegalArgumentException("Tie " + QuotedInput.quote(id()) + " does not involve " + QuotedInput.quote(member)
        + "; ask with one of its ends, first() or second()");
  }

  /**
   * Returns the kinds of support an end gives along this tie.
   *
   * @param member one end
   * @return the kinds given, empty if none or if {@code member} is not an end
   */
  public final ImmutableSet<SupportType> givenBy(MemberId member) {
    return supportsWhere(member, SupportDirection.FROM_FIRST, SupportDirection.FROM_SECOND);
  }

  /**
   * Returns the kinds of support an end receives along this tie.
   *
   * @param member one end
   * @return the kinds received, empty if none or if {@code member} is not an end
   */
  public final ImmutableSet<SupportType> receivedBy(MemberId member) {
    return supportsWhere(member, SupportDirection.FROM_SECOND, SupportDirection.FROM_FIRST);
  }

  /**
   * Tells whether an end gives at least one kind of support along this tie; the same as
   * {@code !givenBy(member).isEmpty()}, without allocating.
   *
   * @param member one end
   * @return true if it gives; false if it does not or is not an end
   */
  public final boolean gives(MemberId member) {
    if (first().equals(member)) {
      return (giving() & FIRST_GIVES) != 0;
    }
    return second().equals(member) && (giving() & SECOND_GIVES) != 0;
  }

  /**
   * Tells whether an end receives at least one kind of support along this tie; the same as
   * {@code !receivedBy(member).isEmpty()}, without allocating.
   *
   * @param member one end
   * @return true if it receives; false if it does not or is not an end
   */
  public final boolean receives(MemberId member) {
    if (first().equals(member)) {
      return (giving() & SECOND_GIVES) != 0;
    }
    return second().equals(member) && (giving() & FIRST_GIVES) != 0;
  }

  private static final int FIRST_GIVES = 1;
  private static final int SECOND_GIVES = 2;

  /** Every kind of support, read once: asking the map for each kind allocates no view and no iterator. */
  private static final SupportType[] SUPPORT_TYPES = SupportType.values();

  /**
   * Which ends give some support, as bits, computed when the tie is built (no lock on first use, no map read
   * afterwards): validation asks it for every tie, many times. Constant time (one look-up per kind of support),
   * with no allocation; auxiliary, so left out of equality, hash code and {@code toString()}.
   */
  @Value.Derived
  @Value.Auxiliary
  int giving() {
    ImmutableMap<SupportType, SupportDirection> supports = supports();
    if (supports.isEmpty()) {
      return 0;
    }
    int bits = 0;
    for (SupportType type : SUPPORT_TYPES) {
      @Nullable SupportDirection direction = supports.get(type);
      if (direction != null) {
        bits |= direction == SupportDirection.FROM_SECOND ? SECOND_GIVES
            : direction == SupportDirection.FROM_FIRST ? FIRST_GIVES : FIRST_GIVES | SECOND_GIVES;
      }
    }
    return bits;
  }

  /**
   * Returns the multiplexity of the tie: the number of kinds of support it carries.
   *
   * @return the number of support kinds
   */
  public final int multiplexity() {
    return supports().size();
  }

  private ImmutableSet<SupportType> supportsWhere(
      MemberId member, SupportDirection whenFirst, SupportDirection whenSecond) {
    boolean isFirst = first().equals(member);
    if (!isFirst && !second().equals(member)) {
      return ImmutableSet.of();
    }
    SupportDirection wanted = isFirst ? whenFirst : whenSecond;
    ImmutableSet.Builder<SupportType> result = ImmutableSet.builder();
    for (Map.Entry<SupportType, SupportDirection> e : supports().entrySet()) {
      if (e.getValue() == wanted || e.getValue() == SupportDirection.MUTUAL) {
        result.add(e.getKey());
      }
    }
    return result.build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (first().equals(second())) {
      throw new InvalidModelException(ModelProblem.of("Tie", id(), "second", "tie " + QuotedInput.quote(id())
          + " joins " + QuotedInput.quote(first()) + " to itself; a tie needs two different individuals"));
    }
  }

  /** Builds a {@link Tie}; not thread-safe. */
  public static final class Builder extends ImmutableTie.Builder {
    Builder() {}
  }
}
