package org.maillage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a text attribute of the model holds, and so where Maillage may write it (<i>nature d'un texte</i>).
 *
 * <p>Every text-typed accessor of the model ({@code String}, {@code Optional<String>}, a collection of
 * {@code String}, any {@link CharSequence}) carries this annotation, once, where it is declared; a test walks
 * the model and fails on a text accessor without it. The classification is read at run time (this annotation
 * is {@link RetentionPolicy#RUNTIME}) by whoever needs it: tests, a format that must leave personal data out,
 * a vendor's export.
 *
 * <p>What each kind means for Maillage's own channels:
 * <ul>
 *   <li>{@link Kind#PERSONAL} and {@link Kind#FREE_TEXT} never leave the value: not in {@code toString()}
 *       (the attribute is also {@code @Value.Redacted}, since Immutables reads only its own annotation), not
 *       in an exception message, a finding's arguments, a rendered message, a sharing decision's reasons or
 *       legal basis, an explanation, nor a log line.</li>
 *   <li>{@link Kind#CODE_OR_LABEL} may be printed: a code, a label, an article reference chosen from a
 *       closed or public vocabulary, which names no one.</li>
 * </ul>
 * Ids are not text attributes: they are typed values ({@link MemberId} and the others), opaque codes by the
 * model's rule, which findings and messages name on purpose.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Disclosure {

  /**
   * Returns what the attribute holds.
   *
   * @return the kind
   */
  Kind value();

  /**
   * What a text attribute holds (<i>nature du texte</i>).
   *
   * @since 0.1
   */
  enum Kind {
    /**
     * Data about an identifiable person (<i>donnée personnelle</i>): a name, the reference of a court case
     * or of a decision about the person, a private practice named after its holder.
     */
    PERSONAL,
    /**
     * Text in someone's own words (<i>texte libre</i>): a note, a statement, minutes, evidence. It may name
     * or describe anyone, so it is treated as personal.
     */
    FREE_TEXT,
    /**
     * A code, a label or an article reference (<i>code ou libellé</i>), such as {@code "CASF L226-3"} or
     * {@code "suivi budgétaire"}: it names no one and may be printed.
     */
    CODE_OR_LABEL;

    /**
     * Tells whether Maillage keeps an attribute of this kind out of every text it writes.
     *
     * @return true for {@link #PERSONAL} and {@link #FREE_TEXT}
     */
    public boolean isWithheld() {
      return this != CODE_OR_LABEL;
    }
  }
}
