package org.maillage.sharing.be;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.FlowId;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.JurisdictionFact;
import org.maillage.sharing.LegalReference;

/**
 * What Belgian law reads about one flow beyond the generic record (<i>éléments belges d'une transmission</i>): a
 * text that obliges or allows it, whether it happens inside a case consultation or passes on what was heard in one,
 * a report to the prosecutor, the sender's assessment of a danger, whether it is in the person's interest, and a
 * youth magistrate's or youth-court social service's written request. A Belgian fact of the network
 * ({@link JurisdictionFact}) naming the flow; the first recorded for a flow is the one read.
 *
 * <pre>{@code
 * BelgianFlowRecord.builder()
 *     .flow(FlowId.of("f-report"))
 *     .report(ProsecutorReport.builder()
 *         .offence(OffenceCategory.SEXUAL_INTEGRITY)
 *         .vulnerability(VictimVulnerability.MINOR)
 *         .danger(DangerBranch.SERIOUS_IMMINENT_DANGER)
 *         .unableToProtectAlone(true)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it holds no text but the consultation codes.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class BelgianFlowRecord implements JurisdictionFact {
  BelgianFlowRecord() {}

  /**
   * Returns the flow the record is about.
   *
   * @return the flow's id
   */
  public abstract FlowId flow();

  /**
   * Returns the law, decree or ordinance (text and article) that obliges or allows this flow (regime 1), such as
   * the text by which a mandated youth-aid service reports to its mandant.
   *
   * @return the text, or empty
   */
  public abstract Optional<LegalReference> enablingText();

  /**
   * Tells whether the text {@link #enablingText()} obliges the flow rather than allowing it.
   *
   * @return false by default (the text allows)
   */
  @Value.Default
  public boolean textObliges() {
    return false;
  }

  /**
   * Returns the code of the case consultation the flow happens inside.
   *
   * @return the code, or empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> insideConsultation();

  /**
   * Returns the code of the case consultation whose content the flow passes on outside it.
   *
   * @return the code, or empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> heardInConsultation();

  /**
   * Returns the report to the public prosecutor the flow is.
   *
   * @return the report, or empty
   */
  public abstract Optional<ProsecutorReport> report();

  /**
   * Returns the sender's recorded assessment of a danger.
   *
   * @return the assessment, or empty
   */
  public abstract Optional<DangerAssessment> danger();

  /**
   * Tells whether the flow serves the person's interest only, not control, sanction or a third party's interest.
   *
   * @return true or false as recorded, or empty when not recorded
   */
  public abstract Optional<Boolean> inPersonsInterest();

  /**
   * Returns the day of the written request of the youth magistrate or youth-court social service the flow
   * answers (Flemish decree of 12 July 2013, arts 75 and 75/1).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> writtenRequest();

  /**
   * Returns {@link Jurisdiction#BELGIUM}.
   *
   * @return Belgium
   */
  @Override
  public final Jurisdiction jurisdiction() {
    return Jurisdiction.BELGIUM;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BelgianFlowRecord}; not thread-safe. */
  public static final class Builder extends ImmutableBelgianFlowRecord.Builder {
    Builder() {}
  }
}
