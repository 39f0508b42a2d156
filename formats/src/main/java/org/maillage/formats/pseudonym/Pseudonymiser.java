package org.maillage.formats.pseudonym;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.maillage.InvalidModelException;
import org.maillage.QuotedInput;
import org.maillage.network.Network;

/**
 * The pseudonymising transform (<i>pseudonymisation</i>): from a network to a network in which no text the
 * model classifies as personal or free text is left, every id is a keyed pseudonym, and dates are kept, shifted
 * or coarsened. Apply it before any writer (JSON, JSON Lines, GraphML, egor's tables, DOT): it is the one place
 * where pseudonymisation happens, never a per-format option, so that no output can leak what another hides.
 *
 * <pre>{@code
 * Pseudonymiser pseudonymiser = Pseudonymiser.builder()
 *     .key(secretKeyBytes)            // at least 32 bytes, kept by the caller
 *     .dates(DateTreatment.SHIFT)
 *     .build();
 * Pseudonymised result = pseudonymiser.apply(network, LocalDate.of(2026, 6, 1));
 * ValidationReport report = validator.validate(result.network(), result.asOf());
 * }</pre>
 *
 * <p><b>Texts.</b> Every text attribute classified {@link org.maillage.Disclosure.Kind#PERSONAL PERSONAL} or
 * {@link org.maillage.Disclosure.Kind#FREE_TEXT FREE_TEXT} is replaced with a keyed pseudonym of the text,
 * {@code text-} and 20 base32 characters (each text of a list or a set too): an absent text stays absent and a
 * blank one blank, equal texts stay equal and different ones different, so that a rule asking whether a note or
 * an evaluation strategy was recorded, or whether two mandates share a reference, answers as it did on the
 * original. Codes and labels are kept. The classification is read from the model's
 * annotations at run time, and the result is checked by walking the model: if an attribute still holds personal
 * text or an original id (one added to the model after this version, say), the transform throws instead of
 * returning it.
 *
 * <p><b>Ids.</b> Every id (members, the focal person, organisations, the network, ties, meetings, flows,
 * objectives) is replaced with a keyed pseudonym: HMAC-SHA-256 under the caller's key of the id's kind and value,
 * written as a prefix naming the id's type ({@code m} member, {@code o} organisation, {@code n} network,
 * {@code t} tie, {@code mt} meeting, {@code f} flow, {@code ob} objective), a hyphen and 20 lower-case base32
 * characters (100 bits), for example {@code m-k3jz7q2m4x6vtb2c5rha}. The same id gives the same pseudonym under
 * one key, in every network, so that a professional folds together across networks; under two keys the
 * pseudonyms are unlinkable. No pseudonym says whether a member is a mother, a professional or the person: the
 * prefix is the id's type, shared by all. Two ids of one kind meeting the same pseudonym in one transform is
 * detected; the later one is hashed again with a counter, and the collision is counted in the result.
 *
 * <p><b>Dates.</b> See {@link DateTreatment}: kept, shifted by one keyed offset per network (applied to every
 * date and to the caller's date, which the result returns, so that validation gives the same findings, ids
 * aside), or coarsened to the month (which may change time-based findings).
 *
 * <p>This class is immutable and thread-safe; each call works on its own state. A transform is linear in the
 * network's parts.
 *
 * @since 0.1
 */
public final class Pseudonymiser {
  /** The number of base32 characters of a pseudonym. */
  public static final int PSEUDONYM_LENGTH = 20;
  /** The shortest key accepted, in bytes: HMAC-SHA-256's output length. */
  public static final int MIN_KEY_BYTES = 32;
  /** Days in four Gregorian years with one leap day: the unit of the shift. */
  static final int CYCLE_DAYS = 1_461;
  /** The most four-year cycles a shift moves by: 25, or 100 years. */
  static final int MAX_CYCLES = 25;

  private final byte[] key;
  private final DateTreatment dates;
  private final int length;

  private Pseudonymiser(byte[] key, DateTreatment dates, int length) {
    this.key = key;
    this.dates = dates;
    this.length = length;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no key and {@link DateTreatment#KEEP}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A transform with pseudonyms of another length: for the collision tests only. */
  static Pseudonymiser withLength(byte[] key, DateTreatment dates, int length) {
    return new Pseudonymiser(key.clone(), dates, length);
  }

  /**
   * Returns the date treatment.
   *
   * @return the treatment
   */
  public DateTreatment dates() {
    return dates;
  }

  /**
   * Pseudonymises a network.
   *
   * @param network the network
   * @return the pseudonymised network
   * @throws IllegalArgumentException if the network holds a part this version cannot rewrite (a jurisdiction's
   *     fact or standing it does not know), or if coarsening its dates to the month breaks its structure
   * @throws IllegalStateException if the result would still hold personal text or an original id
   */
  public Network apply(Network network) {
    return apply(network, network.created()).network();
  }

  /**
   * Pseudonymises a network and the date it is to be validated as of.
   *
   * @param network the network
   * @param asOf the date the caller validates or analyses the network as of
   * @return the network, the treated date and the collisions resolved
   * @throws IllegalArgumentException if the network holds a part this version cannot rewrite (a jurisdiction's
   *     fact or standing it does not know), or if coarsening its dates to the month breaks its structure
   * @throws IllegalStateException if the result would still hold personal text or an original id
   */
  public Pseudonymised apply(Network network, LocalDate asOf) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(asOf, "asOf");
    Pseudonyms pseudonyms = new Pseudonyms(key, length);
    Function<LocalDate, LocalDate> treatment = treatment(pseudonyms, network);
    Network result;
    try {
      result = new Rewrite(pseudonyms, treatment).network(network);
    } catch (InvalidModelException e) {
      if (dates != DateTreatment.MONTH) {
        throw e;
      }
      throw new IllegalArgumentException("coarsening the dates of network " + QuotedInput.quote(network.id())
          + " to the month breaks its structure (" + e.problems().size() + " problems, the first at "
          + e.problems().get(0).path() + "): two dates it keeps in order fall in one month; keep or shift the "
          + "dates instead", e);
    }
    Set<String> violations = new WithheldGuard(pseudonyms).check(result);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the pseudonymised network " + result.id() + " still holds personal text or "
          + "original ids in " + violations + "; this version of the transform does not know these attributes, "
          + "use one that does");
    }
    return new Pseudonymised(result, treatment.apply(asOf), pseudonyms.collisions());
  }

  private Function<LocalDate, LocalDate> treatment(Pseudonyms pseudonyms, Network network) {
    switch (dates) {
      case SHIFT:
        int draw = pseudonyms.draw("date-shift", network.id().value(), 2 * MAX_CYCLES);
        int cycles = draw < MAX_CYCLES ? -(draw + 1) : draw - MAX_CYCLES + 1;
        long days = (long) cycles * CYCLE_DAYS;
        return d -> shift(d, days);
      case MONTH:
        return d -> d.withDayOfMonth(1);
      case KEEP:
      default:
        return Function.identity();
    }
  }

  /** Moves a date, staying at LocalDate.MIN or MAX where the shift would pass the calendar's bounds. */
  static LocalDate shift(LocalDate date, long days) {
    long epochDay = date.toEpochDay() + days;
    if (epochDay > LocalDate.MAX.toEpochDay()) {
      return LocalDate.MAX;
    }
    if (epochDay < LocalDate.MIN.toEpochDay()) {
      return LocalDate.MIN;
    }
    return LocalDate.ofEpochDay(epochDay);
  }

  /** Returns the date treatment only: the key never leaves the transform. */
  @Override
  public String toString() {
    return "Pseudonymiser[dates=" + dates + "]";
  }

  /**
   * Builds a {@link Pseudonymiser}; not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private byte[] key = new byte[0];
    private DateTreatment dates = DateTreatment.KEEP;

    private Builder() {}

    /**
     * Sets the secret key of the pseudonyms; copied.
     *
     * @param key at least {@value Pseudonymiser#MIN_KEY_BYTES} bytes, random, kept by the caller and never
     *     written with the data
     * @return this builder
     * @throws IllegalArgumentException if the key is shorter than {@value Pseudonymiser#MIN_KEY_BYTES} bytes
     */
    public Builder key(byte[] key) {
      if (key.length < MIN_KEY_BYTES) {
        throw new IllegalArgumentException("the key is " + key.length + " bytes long; give at least "
            + MIN_KEY_BYTES + " random bytes, for example from SecureRandom");
      }
      this.key = key.clone();
      return this;
    }

    /**
     * Sets what happens to dates.
     *
     * @param dates the treatment; {@link DateTreatment#KEEP} by default
     * @return this builder
     */
    public Builder dates(DateTreatment dates) {
      this.dates = Objects.requireNonNull(dates, "dates");
      return this;
    }

    /**
     * Builds the transform.
     *
     * @return the transform
     * @throws IllegalStateException if no key was set
     */
    public Pseudonymiser build() {
      if (key.length == 0) {
        throw new IllegalStateException("no key was set; call key(bytes) with at least " + MIN_KEY_BYTES
            + " random bytes");
      }
      return new Pseudonymiser(key.clone(), dates, PSEUDONYM_LENGTH);
    }

    /** Leaves the key out. */
    @Override
    public String toString() {
      return "Pseudonymiser.Builder[dates=" + dates + "]";
    }
  }
}
