package org.maillage.sharing.be;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.maillage.Period;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.LegalReference;

/**
 * The Belgian texts a sharing decision cites (<i>textes du droit belge</i>), DOMAIN.md §4 "Belgium", each a
 * {@link LegalReference} with the period its number is the one Maillage reads.
 *
 * <p>The new Criminal Code (law of 29 February 2024) renumbers arts 458 to 458ter once in force; the new numbers
 * are not recorded yet, so every validity opens on {@link LocalDate#MIN} and stays open. When the renumbering is
 * verified, the old references are closed here and the new ones added beside them, so that a flow is judged under
 * the text of its date. The FWB youth-aid Code, the patients' rights law and the law of 30 July 2018 are cited
 * from secondary sources (DOMAIN.md §4): their article numbers are to be verified.
 *
 * <p>This class holds constants only; they are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class BelgianLaw {
  private static final Period READ = Period.from(LocalDate.MIN);
  private static final String CP = "Code pénal";
  private static final String FLEMISH_DECREE = "Decreet integrale jeugdhulp 12.07.2013,";

  /** Code pénal 458: professional secrecy, testimony and texts that oblige or allow (<i>secret professionnel</i>). */
  public static final LegalReference CP_458 = of(CP, "458");
  /** Code pénal 458bis: the report to the public prosecutor (<i>signalement au procureur du Roi</i>). */
  public static final LegalReference CP_458BIS = of(CP, "458bis");
  /** Code pénal 458ter: the case consultation (<i>concertation de cas</i>, law of 6 July 2017). */
  public static final LegalReference CP_458TER = of(CP, "458ter");
  /** Code pénal 422bis: the duty to help a person in danger (<i>non-assistance à personne en danger</i>). */
  public static final LegalReference CP_422BIS = of(CP, "422bis");
  /** The state of necessity, case law (<i>état de nécessité</i>). */
  public static final LegalReference STATE_OF_NECESSITY = of("État de nécessité", "(jurisprudence)");
  /** The FWB youth-aid Code of 18 January 2018: the aid's communication between actors bound by secrecy. */
  public static final LegalReference FWB_CODE = of("Code FWB du 18.01.2018", "(secret professionnel)");
  /** The FWB youth-aid deontology code (<i>code de déontologie de l'aide à la jeunesse</i>). */
  public static final LegalReference FWB_DEONTOLOGY = of("Code de déontologie de l'aide à la jeunesse", "(secret partagé)");
  /** Flemish decree of 12 July 2013, art. 7: the minor's competence (<i>bekwaamheid</i>). */
  public static final LegalReference DIJ_7 = of(FLEMISH_DECREE, "art. 7");
  /** Flemish decree of 12 July 2013, art. 73: sharing within one team (<i>binnen één team</i>). */
  public static final LegalReference DIJ_73 = of(FLEMISH_DECREE, "art. 73");
  /** Flemish decree of 12 July 2013, art. 74: sharing between youth-care actors (<i>tussen actoren</i>). */
  public static final LegalReference DIJ_74 = of(FLEMISH_DECREE, "art. 74");
  /** Flemish decree of 12 July 2013, art. 75: towards the youth magistrate (<i>jeugdmagistraat</i>). */
  public static final LegalReference DIJ_75 = of(FLEMISH_DECREE, "art. 75");
  /** Flemish decree of 12 July 2013, art. 75/1: towards the youth court's social service. */
  public static final LegalReference DIJ_75_1 = of(FLEMISH_DECREE, "art. 75/1");
  /** Flemish decree of 7 May 2004 on the minor's legal position (<i>rechtspositie van de minderjarige</i>). */
  public static final LegalReference MINOR_LEGAL_POSITION = of("Decreet rechtspositie minderjarige 07.05.2004,",
      "art. 8");
  /** Shared professional secrecy, doctrine and professional codes (<i>secret professionnel partagé</i>). */
  public static final LegalReference SHARED_SECRECY_DOCTRINE = of("Secret professionnel partagé",
      "(doctrine et codes de déontologie)");
  /** The patients' rights law of 22 August 2002, art. 12: the minor patient (<i>droits du patient</i>). */
  public static final LegalReference PATIENT_RIGHTS_12 = of("Loi 22.08.2002, art.", "12");
  /** The patients' rights law of 22 August 2002, art. 14: the representative of the patient. */
  public static final LegalReference PATIENT_RIGHTS_14 = of("Loi 22.08.2002, art.", "14");

  private static final ImmutableList<LegalReference> ALL = ImmutableList.of(CP_458, CP_458BIS, CP_458TER,
      CP_422BIS, STATE_OF_NECESSITY, FWB_CODE, FWB_DEONTOLOGY, DIJ_7, DIJ_73, DIJ_74, DIJ_75, DIJ_75_1,
      MINOR_LEGAL_POSITION, SHARED_SECRECY_DOCTRINE, PATIENT_RIGHTS_12, PATIENT_RIGHTS_14);

  private BelgianLaw() {}

  /**
   * Returns every Belgian reference a decision may cite.
   *
   * @return the references, in the order of this class
   */
  public static ImmutableList<LegalReference> all() {
    return ALL;
  }

  private static LegalReference of(String code, String article) {
    return LegalReference.of(Jurisdiction.BELGIUM, code, article, READ);
  }
}
