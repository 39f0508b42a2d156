package org.maillage.formats;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The limits a reader puts on untrusted input (<i>limites de lecture</i>), so that no document can exhaust
 * memory or time: each with a documented default the caller can change.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>16 MiB (16,777,216)</td>
 *       <td>characters (or bytes) of one document; of one line in JSON Lines</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>32</td><td>objects and arrays nested in one another</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>65,536</td><td>characters of one string value</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>256</td><td>characters of one member name</td></tr>
 *   <tr><td>{@link #maxArrayLength()}</td><td>10,000</td><td>elements of one array or members of one map</td></tr>
 *   <tr><td>{@link #maxTokenCount()}</td><td>1,000,000</td><td>tokens of one document</td></tr>
 *   <tr><td>{@link #maxProblems()}</td><td>100</td><td>problems collected before the reader stops</td></tr>
 * </table>
 *
 * <p>The JSON readers map the first five onto Jackson's {@code StreamReadConstraints}, which checks them while
 * it parses; the element count is checked by the reader. A Maillage document written by this library stays far
 * below the defaults: a network of 60 members takes about 40 KB and 8 levels of nesting.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentLength(1 << 20);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @since 0.1
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(16L << 20, 32, 65_536, 256, 10_000, 1_000_000L, 100);

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxArrayLength;
  private final long maxTokenCount;
  private final int maxProblems;

  private ReadLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNameLength,
      int maxArrayLength, long maxTokenCount, int maxProblems) {
    this.maxDocumentLength = positive("maxDocumentLength", maxDocumentLength);
    this.maxNestingDepth = (int) positive("maxNestingDepth", maxNestingDepth);
    this.maxStringLength = (int) positive("maxStringLength", maxStringLength);
    this.maxNameLength = (int) positive("maxNameLength", maxNameLength);
    this.maxArrayLength = (int) positive("maxArrayLength", maxArrayLength);
    this.maxTokenCount = positive("maxTokenCount", maxTokenCount);
    this.maxProblems = (int) positive("maxProblems", maxProblems);
  }

  private static long positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("ReadLimits." + name + ": " + value + " is not positive; give a limit of 1 or more");
    }
    return value;
  }

  /**
   * Returns the default limits, those of the table above.
   *
   * @return the defaults
   * @since 0.1
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the largest document read, in characters (or bytes for a byte input).
   *
   * @return the limit; 16 MiB by default
   * @since 0.1
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the deepest nesting of objects and arrays read.
   *
   * @return the limit; 32 by default
   * @since 0.1
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value read, in characters.
   *
   * @return the limit; 65,536 by default
   * @since 0.1
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest member name read, in characters.
   *
   * @return the limit; 256 by default
   * @since 0.1
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the most elements of one array, or entries of one map, read.
   *
   * @return the limit; 10,000 by default
   * @since 0.1
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * Returns the most tokens of one document read.
   *
   * @return the limit; 1,000,000 by default
   * @since 0.1
   */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  /**
   * Returns the most problems collected from one document before the reader stops looking.
   *
   * @return the limit; 100 by default
   * @since 0.1
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns a copy with another document length limit.
   *
   * @param characters the largest document, positive
   * @return the limits
   * @throws IllegalArgumentException if the limit is not positive
   * @since 0.1
   */
  public ReadLimits withMaxDocumentLength(long characters) {
    return new ReadLimits(characters, maxNestingDepth, maxStringLength, maxNameLength, maxArrayLength,
        maxTokenCount, maxProblems);
  }

  /**
   * Returns a copy with another nesting depth limit.
   *
   * @param depth the deepest nesting, positive
   * @return the limits
   * @throws IllegalArgumentException if the limit is not positive
   * @since 0.1
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentLength, depth, maxStringLength, maxNameLength, maxArrayLength, maxTokenCount,
        maxProblems);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param characters the longest string value, positive
   * @return the limits
   * @throws IllegalArgumentException if the limit is not positive
   * @since 0.1
   */
  public ReadLimits withMaxStringLength(int characters) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, characters, maxNameLength, maxArrayLength,
        maxTokenCount, maxProblems);
  }

  /**
   * Returns a copy with another member name length limit.
   *
   * @param characters the longest member name, positive
   * @return the limits
   * @throws IllegalArgumentException if the limit is not positive
   * @since 0.1
   */
  public ReadLimits withMaxNameLength(int characters) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, characters, maxArrayLength,
        maxTokenCount, maxProblems);
  }

  /**
   * Returns a copy with another element count limit.
   *
   * @param elements the most elements of one array or entries of one map, positive
   * @return the limits
   * @throws IllegalArgumentException if the limit is not positive
   * @since 0.1
   */
  public ReadLimits withMaxArrayLength(int elements) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, elements,
        maxTokenCount, maxProblems);
  }

  /**
   * Returns a copy with another token count limit.
   *
   * @param tokens the most tokens of one document, positive
   * @return the limits
   * @throws IllegalArgumentException if the limit is not positive
   * @since 0.1
   */
  public ReadLimits withMaxTokenCount(long tokens) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, maxArrayLength,
        tokens, maxProblems);
  }

  /**
   * Returns a copy with another bound on the problems collected.
   *
   * @param problems the most problems collected from one document, positive
   * @return the limits
   * @throws IllegalArgumentException if the limit is not positive
   * @since 0.1
   */
  public ReadLimits withMaxProblems(int problems) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, maxArrayLength,
        maxTokenCount, problems);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ReadLimits)) {
      return false;
    }
    ReadLimits l = (ReadLimits) o;
    return l.maxDocumentLength == maxDocumentLength && l.maxNestingDepth == maxNestingDepth
        && l.maxStringLength == maxStringLength && l.maxNameLength == maxNameLength
        && l.maxArrayLength == maxArrayLength && l.maxTokenCount == maxTokenCount && l.maxProblems == maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, maxArrayLength,
        maxTokenCount, maxProblems);
  }

  @Override
  public String toString() {
    return "ReadLimits[document=" + maxDocumentLength + ", depth=" + maxNestingDepth + ", string="
        + maxStringLength + ", name=" + maxNameLength + ", array=" + maxArrayLength + ", tokens=" + maxTokenCount
        + ", problems=" + maxProblems + "]";
  }
}
