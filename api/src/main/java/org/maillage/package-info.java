/**
 * Maillage: a typed, validated model of social-work network practice (<i>travail en réseau</i>).
 *
 * <p>This root package holds the typed ids, {@link org.maillage.Period}, the {@link org.maillage.Language}s
 * Maillage writes in and the {@link org.maillage.Labelled} contract of its enumerations; the model's error type
 * {@link org.maillage.InvalidModelException} with its {@link org.maillage.ModelProblem}s; the
 * {@link org.maillage.Disclosure} classification of text attributes; and {@link org.maillage.QuotedInput}, the
 * one way messages quote input. The model itself lives in the sub-packages: {@code person}, {@code member},
 * {@code network}, {@code partnership}, {@code referent}, {@code project} and {@code sharing}.
 *
 * <h2>Method vocabulary</h2>
 * Following {@code java.time}, names say what a method does:
 * <ul>
 *   <li>{@code of(...)}: a static factory from parts, checking them ({@code MemberId.of("m-1")});</li>
 *   <li>{@code from(...)}: a builder step copying another value ({@code Network.builder().from(n)});</li>
 *   <li>{@code with...(...)}: a copy with one part changed, the immutable equivalent of a setter;</li>
 *   <li>{@code to...()}: a conversion to another type;</li>
 *   <li>{@code is...()} / {@code has...()}: a yes-or-no question about the value
 *       ({@code isCurrentOn(date)}, {@code hasMultipleNeeds()});</li>
 *   <li>plain nouns for attributes, with no {@code get} prefix ({@code members()}, {@code created()}).</li>
 * </ul>
 * Questions that depend on time always take the date as a parameter ({@code ...On(LocalDate)}): the model
 * never reads the wall clock.
 *
 * <h2>Null policy</h2>
 * Every package is {@code @NullMarked}: unless otherwise noted, passing {@code null} to any method, factory or
 * builder of the model throws {@link java.lang.NullPointerException} at once, whose message names the type and
 * the field ({@code "Professional.sector: is null; ..."}), and no method returns {@code null}. An absent value
 * is an empty {@link java.util.Optional} (only ever a return type) and an absent collection is an empty
 * immutable collection. (A null element given to a collection attribute, such as {@code addMember(null)}, is
 * refused by Guava's immutable collections with a {@code NullPointerException} of their own.)
 *
 * <h2>Error policy</h2>
 * Building checks structural invariants only: an id's syntax, a required attribute set, unique ids,
 * references to individuals and organisations of the network, dates in order. Any other failure to build a
 * value, a missing required attribute included, throws the one {@link org.maillage.InvalidModelException}
 * (an {@link java.lang.IllegalArgumentException}) carrying every {@link org.maillage.ModelProblem} found:
 * each names the type, the field's path with the ids crossed ({@code Network.ties[t-1].first}), the id of the
 * value when known, and says how to fix it. A network reports all its structural problems at once, so that an
 * importer maps each back to its record. Whether the network is good practice is the validator's question,
 * answered with findings, never with exceptions.
 *
 * <h2>Ids</h2>
 * Ids ({@link org.maillage.MemberId} and the others) are typed, opaque keys chosen by the caller: non-blank, at
 * most 64 UTF-16 code units, without white space, control or format characters, and well-formed (a lone
 * surrogate is refused: two keys with lone surrogates collapse into one once encoded). They are compared as
 * given, code unit by code unit, never Unicode-normalised ({@code "é"} precomposed and decomposed are two
 * ids), since the model cannot know which form the caller's system keeps. An id is never personal data by the
 * model's rule: findings, reports and messages name ids on purpose.
 *
 * <h2>Values and privacy</h2>
 * Every model type is immutable and thread-safe, with value equality. Types are built with
 * {@code Type.builder()...build()} or {@code Type.of(...)}; the implementation classes are hidden. Every text
 * attribute says what it holds with {@link org.maillage.Disclosure}: personal data (a name, the reference of a
 * court order), free text (a note, a statement), or a code or label. Personal data and free text never leave a
 * value through Maillage: not in {@code toString()}, an exception, a finding, a sharing decision or its
 * explanation, nor a log line. Messages that quote input (an id, a code, a key) quote it through
 * {@link org.maillage.QuotedInput}, which writes invisible, control, bidirectional and unassigned characters
 * as {@code \}{@code uXXXX}.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage;
