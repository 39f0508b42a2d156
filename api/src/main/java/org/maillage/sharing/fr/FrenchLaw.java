package org.maillage.sharing.fr;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.maillage.Period;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.LegalReference;

/**
 * The French articles a sharing decision cites (<i>textes du droit français</i>), DOMAIN.md §4, each a
 * {@link LegalReference} with the period its number and wording are the ones Maillage reads.
 *
 * <p>The start of each version is not recorded yet: every validity opens on {@link LocalDate#MIN} (in force
 * for any date Maillage judges) and stays open. When an article is amended or renumbered, its validity is
 * closed here and the new reference added beside it, so that a flow is judged under the text of its date.
 *
 * <p>This class holds constants only; they are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class FrenchLaw {
  private static final Period READ = Period.from(LocalDate.MIN);

  /** CSP L1110-4: shared secrecy, the general regime (<i>secret partagé</i>). */
  public static final LegalReference CSP_L1110_4 = csp("L1110-4");
  /** CSP R1110-1: the double limit of necessity and missions (<i>double limite</i>). */
  public static final LegalReference CSP_R1110_1 = csp("R1110-1");
  /** CSP R1110-2: the closed list of professionals (<i>liste fermée</i>). */
  public static final LegalReference CSP_R1110_2 = csp("R1110-2");
  /** CSP R1110-3: the prior information of the person, and the urgency (<i>information préalable</i>). */
  public static final LegalReference CSP_R1110_3 = csp("R1110-3");
  /** CSP L1110-12: the care team (<i>équipe de soins</i>). */
  public static final LegalReference CSP_L1110_12 = csp("L1110-12");
  /** CSP D1110-3-1: consent to sharing outside the care team (<i>consentement préalable</i>). */
  public static final LegalReference CSP_D1110_3_1 = csp("D1110-3-1");
  /** CSP D1110-3-4: the closed list of structures whose staff form a care team. */
  public static final LegalReference CSP_D1110_3_4 = csp("D1110-3-4");
  /** CASF L226-2-2: sharing in child protection (<i>partage en protection de l'enfance</i>). */
  public static final LegalReference CASF_L226_2_2 = casf("L226-2-2");
  /** CASF L112-3: child-protection policy (<i>politique de protection de l'enfance</i>). */
  public static final LegalReference CASF_L112_3 = casf("L112-3");
  /** CASF L121-6-2: sharing in social action (<i>partage en action sociale</i>). */
  public static final LegalReference CASF_L121_6_2 = casf("L121-6-2");
  /** CASF L116-1: social action (<i>action sociale et médico-sociale</i>). */
  public static final LegalReference CASF_L116_1 = casf("L116-1");
  /** CASF L226-2-1: concerns about a child sent to the CRIP (<i>information préoccupante</i>). */
  public static final LegalReference CASF_L226_2_1 = casf("L226-2-1");
  /** Code pénal 226-14: secrecy lifted for reports of abuse (<i>levée du secret</i>). */
  public static final LegalReference CP_226_14 = of("Code pénal", "226-14");
  /** Code pénal 434-3: the duty to report abuse, and its exception for people bound by secrecy. */
  public static final LegalReference CP_434_3 = of("Code pénal", "434-3");
  /** Code civil 375-2: educational assistance in the family (<i>assistance éducative en milieu ouvert</i>). */
  public static final LegalReference CC_375_2 = of("Code civil", "375-2");
  /** Code civil 375-3: placement (<i>placement</i>). */
  public static final LegalReference CC_375_3 = of("Code civil", "375-3");
  /** Code de procédure civile 1183: investigation measures (<i>mesure d'investigation</i>). */
  public static final LegalReference CPC_1183 = of("Code de procédure civile", "1183");
  /** Code civil 416: the judge's supervision of adult-protection measures (<i>protection des majeurs</i>). */
  public static final LegalReference CC_416 = of("Code civil", "416");
  /**
   * The decision of the judge who ordered a judicial measure whose article the record does not give: the
   * basis of a report to that judge. It names the kind of measure, never the order's reference, which is
   * personal.
   */
  public static final LegalReference ORDERING_JUDGE_DECISION = of("Décision du juge mandant", "(autre mesure)");

  private static final ImmutableList<LegalReference> ALL = ImmutableList.of(CSP_L1110_4, CSP_R1110_1,
      CSP_R1110_2, CSP_R1110_3, CSP_L1110_12, CSP_D1110_3_1, CSP_D1110_3_4, CASF_L226_2_2, CASF_L112_3,
      CASF_L121_6_2, CASF_L116_1, CASF_L226_2_1, CP_226_14, CP_434_3, CC_375_2, CC_375_3, CPC_1183, CC_416,
      ORDERING_JUDGE_DECISION);

  private FrenchLaw() {}

  /**
   * Returns every French reference a decision may cite.
   *
   * @return the references, in the order of this class
   */
  public static ImmutableList<LegalReference> all() {
    return ALL;
  }

  private static LegalReference csp(String article) {
    return of("CSP", article);
  }

  private static LegalReference casf(String article) {
    return of("CASF", article);
  }

  private static LegalReference of(String code, String article) {
    return LegalReference.of(Jurisdiction.FRANCE, code, article, READ);
  }
}
