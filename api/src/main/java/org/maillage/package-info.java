/**
 * Maillage: a typed, validated model of social-work network practice (<i>travail en réseau</i>).
 *
 * <p>This root package holds the typed ids, {@link org.maillage.Period}, the {@link org.maillage.Language}s
 * Maillage writes in and the {@link org.maillage.Labelled} contract of its enumerations. The model itself
 * lives in the sub-packages: {@code person}, {@code member}, {@code network}, {@code partnership},
 * {@code referent}, {@code project} and {@code sharing}.
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
 * Every package is {@code @NullMarked}: unless otherwise noted, passing {@code null} to any method or builder
 * of the model throws {@link java.lang.NullPointerException}, and no method returns {@code null}. An absent
 * value is an empty {@link java.util.Optional} (only ever a return type) and an absent collection is an empty
 * immutable collection.
 *
 * <h2>Values</h2>
 * Every model type is immutable and thread-safe, with value equality. Types are built with
 * {@code Type.builder()...build()} or {@code Type.of(...)}; the implementation classes are hidden. Names,
 * free-text notes and other personal fields are left out of {@code toString()}. Building checks structural
 * invariants only, and a violation throws {@link java.lang.IllegalArgumentException} whose message names the
 * field, quotes the offending id and says how to fix it.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage;
