package org.maillage.core.sharing.be;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.sharing.be.Scenario.AMO;
import static org.maillage.core.sharing.be.Scenario.BEFORE;
import static org.maillage.core.sharing.be.Scenario.CPAS;
import static org.maillage.core.sharing.be.Scenario.DOCTOR;
import static org.maillage.core.sharing.be.Scenario.FATHER;
import static org.maillage.core.sharing.be.Scenario.GATE2;
import static org.maillage.core.sharing.be.Scenario.LANDLORD;
import static org.maillage.core.sharing.be.Scenario.MOTHER;
import static org.maillage.core.sharing.be.Scenario.PERSON;
import static org.maillage.core.sharing.be.Scenario.PROVIDER;
import static org.maillage.core.sharing.be.Scenario.SAJ;
import static org.maillage.core.sharing.be.Scenario.SDJ;
import static org.maillage.core.sharing.be.Scenario.TEACHER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.person.LifeStage;
import org.maillage.sharing.Authority;
import org.maillage.sharing.FactAnswer;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.Requirement;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.be.AgreementModel;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.BelgianSettings;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.DangerBranch;
import org.maillage.sharing.be.OffenceCategory;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.VictimVulnerability;

/**
 * The Belgian decision, situation by situation, as DOMAIN.md §4 "Belgium" writes it: each row a situation, the
 * answer, the regime, the deciding step and a legal basis the decision cites; at least one row per regime, per
 * step, per youth-aid variant and per setting, and incomplete rows for the Belgian facts.
 */
class BelgianSituationsTest {
  private static final LegalReference MANDATE_TEXT = LegalReference.of(Jurisdiction.BELGIUM, "Code FWB 18.01.2018",
      "mandat", org.maillage.Period.from(LocalDate.MIN));
  private static final BelgianSettings NO_OBJECTION = BelgianSettings.builder()
      .agreementModel(AgreementModel.NO_OBJECTION).build();
  private static final BelgianSettings REFUSAL_DOES_NOT_BLOCK = BelgianSettings.builder()
      .refusalBlocksYouthCare(false).build();
  private static final BelgianSettings CONSENT_ALONE = BelgianSettings.builder().consentLetsTellNotBound(true)
      .build();

  /** One situation: how to build it, and what the decision says. */
  record Row(String situation, Supplier<Scenario> scenario, SharingOutcome outcome, BelgianRegime regime,
      String step, Optional<LegalReference> basis, List<MemberId> addressees) {
    @Override
    public String toString() {
      return situation;
    }
  }

  private static Row row(String situation, Supplier<Scenario> scenario, SharingOutcome outcome,
      BelgianRegime regime, String step, LegalReference basis, MemberId... addressees) {
    return new Row(situation, scenario, outcome, regime, step, Optional.ofNullable(basis), List.of(addressees));
  }

  private static Scenario toProsecutor(Scenario s) {
    return s.flow(f -> f.recipients(List.of()).authorities(List.of(Authority.PUBLIC_PROSECUTOR))
        .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)));
  }

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // regime 1: testimony, or a text that obliges or allows
    rows.add(row("testimony before a court", () -> Scenario.pmsToCpas()
            .flow(f -> f.recipients(List.of()).authorities(List.of(Authority.COURT))),
        SharingOutcome.ALLOW, BelgianRegime.TESTIMONY_OR_TEXT, "be.text.testimony", BelgianLaw.CP_458));
    rows.add(row("a mandated service reports to its mandant, a text allowing it", () -> Scenario.pmsToCpas()
            .flow(f -> f.recipients(List.of()).authorities(List.of(Authority.MANDATING_AUTHORITY)))
            .record(r -> r.enablingText(MANDATE_TEXT)),
        SharingOutcome.ALLOW, BelgianRegime.TESTIMONY_OR_TEXT, "be.text.allowed", MANDATE_TEXT));
    rows.add(row("a text obliges the flow", () -> Scenario.pmsToCpas()
            .record(r -> r.enablingText(MANDATE_TEXT).textObliges(true)),
        SharingOutcome.ALLOW, BelgianRegime.TESTIMONY_OR_TEXT, "be.text.allowed", BelgianLaw.CP_458));
    rows.add(row("a text allows, but the flow carries more than its purpose needs", () -> Scenario.pmsToCpas()
            .record(r -> r.enablingText(MANDATE_TEXT)).flow(f -> f.addCategory(InformationCategory.HEALTH)),
        SharingOutcome.DENY, BelgianRegime.TESTIMONY_OR_TEXT, "be.text.necessity", MANDATE_TEXT));
    rows.add(row("a text with its own regime (458ter) is not judged under regime 1", () -> Scenario.pmsToCpas()
            .record(r -> r.enablingText(BelgianLaw.CP_458TER)),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    // regime 2: report to the public prosecutor
    rows.add(row("report to the prosecutor meeting art. 458bis", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().build())),
        SharingOutcome.ALLOW, BelgianRegime.PROSECUTOR_REPORT, "be.report.allowed", BelgianLaw.CP_458BIS));
    rows.add(row("report on danger to other minors", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().danger(DangerBranch.DANGER_TO_OTHERS).build())),
        SharingOutcome.ALLOW, BelgianRegime.PROSECUTOR_REPORT, "be.report.allowed", BelgianLaw.CP_458BIS));
    rows.add(row("a lawyer reporting a client who is the author", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().lawyerReportingClient(true).build())),
        SharingOutcome.DENY, BelgianRegime.PROSECUTOR_REPORT, "be.report.lawyer", BelgianLaw.CP_458BIS));
    rows.add(row("a report carrying more than its purpose needs", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().build())).flow(f -> f.addCategory(InformationCategory.HEALTH)),
        SharingOutcome.DENY, BelgianRegime.PROSECUTOR_REPORT, "be.report.necessity", BelgianLaw.CP_458BIS));
    rows.add(row("an offence off the list: regime 2 fails, nothing else applies", () -> toProsecutor(
            Scenario.pmsToCpas()).record(r -> r.report(Scenario.report().offence(OffenceCategory.NOT_ON_LIST).build())),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    rows.add(row("a victim neither minor nor vulnerable", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().vulnerability(VictimVulnerability.NONE).build())),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    rows.add(row("no branch of danger", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().danger(DangerBranch.NONE).build())),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    rows.add(row("the sender can protect the person alone", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().unableToProtectAlone(false).build())),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    rows.add(row("a report recorded, but not sent to the prosecutor", () -> Scenario.pmsToCpas()
            .record(r -> r.report(Scenario.report().build())),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("the offence's category not recorded", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().offence(Optional.empty()).build())),
        SharingOutcome.INCOMPLETE, BelgianRegime.PROSECUTOR_REPORT, "be.report.conditions", BelgianLaw.CP_458BIS));
    rows.add(row("the victim's ground not recorded", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().vulnerability(Optional.empty()).build())),
        SharingOutcome.INCOMPLETE, BelgianRegime.PROSECUTOR_REPORT, "be.report.conditions", BelgianLaw.CP_458BIS));
    rows.add(row("the branch of danger not recorded", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().danger(Optional.empty()).build())),
        SharingOutcome.INCOMPLETE, BelgianRegime.PROSECUTOR_REPORT, "be.report.conditions", BelgianLaw.CP_458BIS));
    rows.add(row("whether the sender can protect alone not recorded", () -> toProsecutor(Scenario.pmsToCpas())
            .record(r -> r.report(Scenario.report().unableToProtectAlone(Optional.empty()).build())),
        SharingOutcome.INCOMPLETE, BelgianRegime.PROSECUTOR_REPORT, "be.report.conditions", BelgianLaw.CP_458BIS));
    // regime 3: case consultation
    rows.add(row("inside a local integral-security cell", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().build()).record(r -> r.insideConsultation("CSIL-2026-03")),
        SharingOutcome.ALLOW, BelgianRegime.CASE_CONSULTATION, "be.consultation.allowed", BelgianLaw.CP_458TER));
    rows.add(row("inside a consultation the prosecutor authorised", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().foundingText(Optional.empty()).authorisationReference("PR-2026-17")
                .authorisationDate(BEFORE).build())
            .record(r -> r.insideConsultation("CSIL-2026-03")),
        SharingOutcome.ALLOW, BelgianRegime.CASE_CONSULTATION, "be.consultation.allowed", BelgianLaw.CP_458TER));
    rows.add(row("the instrument asks that the person be informed", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().instrumentRequires(Requirement.PRIOR_INFORMATION).build())
            .record(r -> r.insideConsultation("CSIL-2026-03")),
        SharingOutcome.ALLOW_AFTER_INFORMING, BelgianRegime.CASE_CONSULTATION, "be.consultation.information",
        BelgianLaw.CP_458TER, PERSON, MOTHER, FATHER));
    rows.add(row("the instrument asks for consent", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().instrumentRequires(Requirement.CONSENT).build())
            .record(r -> r.insideConsultation("CSIL-2026-03")),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.CASE_CONSULTATION, "be.consultation.consent",
        BelgianLaw.CP_458TER, PERSON, MOTHER, FATHER));
    rows.add(row("inside a consultation, more than its purpose needs", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().build()).record(r -> r.insideConsultation("CSIL-2026-03"))
            .flow(f -> f.addCategory(InformationCategory.HEALTH)),
        SharingOutcome.DENY, BelgianRegime.CASE_CONSULTATION, "be.consultation.necessity", BelgianLaw.CP_458TER));
    rows.add(row("what was heard in a consultation, passed on outside it", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().build()).record(r -> r.heardInConsultation("CSIL-2026-03")
                .danger(Scenario.danger().build())),
        SharingOutcome.DENY, BelgianRegime.CASE_CONSULTATION, "be.consultation.heard", BelgianLaw.CP_458TER));
    rows.add(row("a recipient who is no participant: shared secrecy is tried", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().build()).record(r -> r.insideConsultation("CSIL-2026-03"))
            .flow(f -> f.recipients(List.of(DOCTOR))),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("a consultation without founding instrument", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().foundingText(Optional.empty()).build())
            .record(r -> r.insideConsultation("CSIL-2026-03")),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("the consultation's modalities not recorded", () -> Scenario.pmsToCpas()
            .consultation(Scenario.cell().modalitiesSet(Optional.empty()).build())
            .record(r -> r.insideConsultation("CSIL-2026-03")),
        SharingOutcome.INCOMPLETE, BelgianRegime.CASE_CONSULTATION, "be.consultation.conditions",
        BelgianLaw.CP_458TER));
    // regime 4: state of necessity
    rows.add(row("a serious, actual and imminent danger only the recipient can avert", () -> Scenario.pmsToCpas()
            .record(r -> r.danger(Scenario.danger().build())),
        SharingOutcome.ALLOW, BelgianRegime.STATE_OF_NECESSITY, "be.danger.allowed", BelgianLaw.STATE_OF_NECESSITY));
    rows.add(row("a danger, more than the purpose needs", () -> Scenario.pmsToCpas()
            .record(r -> r.danger(Scenario.danger().build())).flow(f -> f.addCategory(InformationCategory.HEALTH)),
        SharingOutcome.DENY, BelgianRegime.STATE_OF_NECESSITY, "be.danger.necessity", BelgianLaw.CP_422BIS));
    rows.add(row("a danger other means can avert: shared secrecy is tried", () -> Scenario.pmsToCpas()
            .record(r -> r.danger(Scenario.danger().noOtherMeans(false).build())),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("whether the recipient can avert the danger not recorded", () -> Scenario.pmsToCpas()
            .record(r -> r.danger(Scenario.danger().recipientCanAvert(Optional.empty()).build())),
        SharingOutcome.INCOMPLETE, BelgianRegime.STATE_OF_NECESSITY, "be.danger.conditions",
        BelgianLaw.STATE_OF_NECESSITY));
    rows.add(row("whether the danger is serious not recorded", () -> Scenario.pmsToCpas()
            .record(r -> r.danger(Scenario.danger().seriousAndImminent(Optional.empty()).build())),
        SharingOutcome.INCOMPLETE, BelgianRegime.STATE_OF_NECESSITY, "be.danger.conditions",
        BelgianLaw.STATE_OF_NECESSITY));
    // regime 5, FWB
    rows.add(row("FWB: SAJ to AMO, family informed beforehand", Scenario::fwb,
        SharingOutcome.ALLOW, BelgianRegime.YOUTH_AID, "be.youth.fwb.information", BelgianLaw.FWB_CODE));
    rows.add(row("FWB: family not yet informed", () -> new ScenarioWithoutInforming().fwb(),
        SharingOutcome.ALLOW_AFTER_INFORMING, BelgianRegime.YOUTH_AID, "be.youth.fwb.information",
        BelgianLaw.FWB_CODE, PERSON, MOTHER, FATHER));
    rows.add(row("FWB: the AMO worker has a duty of discretion only", () -> Scenario.fwb()
            .standing(AMO, s -> s.secrecy(SecrecyStanding.DISCRETION_ONLY)),
        SharingOutcome.DENY, BelgianRegime.YOUTH_AID, "be.youth.fwb.secrecy", BelgianLaw.FWB_CODE));
    rows.add(row("FWB: more than the aid's objectives need", () -> Scenario.fwb()
            .flow(f -> f.addCategory(InformationCategory.HEALTH)),
        SharingOutcome.DENY, BelgianRegime.YOUTH_AID, "be.youth.fwb.necessity", BelgianLaw.FWB_CODE));
    rows.add(row("FWB: not in the minor's interest", () -> Scenario.fwb().record(r -> r.inPersonsInterest(false)),
        SharingOutcome.DENY, BelgianRegime.YOUTH_AID, "be.youth.fwb.interest", BelgianLaw.FWB_CODE));
    rows.add(row("FWB: the AMO worker's secrecy not recorded", () -> Scenario.fwb()
            .standing(AMO, s -> s.secrecy(Optional.empty())),
        SharingOutcome.INCOMPLETE, BelgianRegime.YOUTH_AID, "be.youth.fwb.secrecy", BelgianLaw.FWB_CODE));
    rows.add(row("FWB: the minor's interest not recorded", () -> Scenario.fwb()
            .record(r -> r.inPersonsInterest(Optional.empty())),
        SharingOutcome.INCOMPLETE, BelgianRegime.YOUTH_AID, "be.youth.fwb.interest", BelgianLaw.FWB_CODE));
    rows.add(row("FWB: a young adult still supported", () -> Scenario.fwb()
            .stage(LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION).bornOn(LocalDate.of(2007, 2, 1)),
        SharingOutcome.ALLOW, BelgianRegime.YOUTH_AID, "be.youth.fwb.information", BelgianLaw.FWB_CODE));
    rows.add(row("FWB actors, but an adult: shared secrecy", () -> Scenario.fwb().stage(LifeStage.ADULT)
            .bornOn(LocalDate.of(1990, 2, 1)).familyAgrees(),
        SharingOutcome.ALLOW, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("FWB actors in a Flemish network: another community, shared secrecy", () -> Scenario.fwb()
            .community(Community.FLANDERS),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("the network's community not recorded", () -> Scenario.fwb().community(null),
        SharingOutcome.INCOMPLETE, BelgianRegime.YOUTH_AID, "be.youth.scope", null));
    // regime 5, Flanders
    rows.add(row("Flanders, art. 73: colleagues of one access-gate team", () -> Scenario.flanders()
            .flow(f -> f.recipients(List.of(GATE2))),
        SharingOutcome.ALLOW, BelgianRegime.YOUTH_AID, "be.youth.flanders.team", BelgianLaw.DIJ_73));
    rows.add(row("Flanders, art. 74: the competent minor agreed", () -> Scenario.flanders().agree(PERSON),
        SharingOutcome.ALLOW, BelgianRegime.YOUTH_AID, "be.youth.flanders.agreement", BelgianLaw.DIJ_74));
    rows.add(row("Flanders, art. 74: agreement not yet sought", Scenario::flanders,
        SharingOutcome.ALLOW_AFTER_INFORMING, BelgianRegime.YOUTH_AID, "be.youth.flanders.agreement",
        BelgianLaw.DIJ_74, PERSON));
    rows.add(row("Flanders, art. 74: refused, a refusal blocks (default)", () -> Scenario.flanders().object(PERSON),
        SharingOutcome.DENY, BelgianRegime.YOUTH_AID, "be.youth.flanders.agreement", BelgianLaw.DIJ_74));
    rows.add(row("Flanders, art. 74: refused, the setting says it does not block", () -> Scenario.flanders()
            .object(PERSON).settings(REFUSAL_DOES_NOT_BLOCK),
        SharingOutcome.ALLOW, BelgianRegime.YOUTH_AID, "be.youth.flanders.agreement", BelgianLaw.DIJ_74));
    rows.add(row("Flanders, art. 74: a child under 12 assessed not competent, parents agreed", () ->
            Scenario.flanders().bornOn(LocalDate.of(2016, 5, 1)).competence(false).agree(MOTHER).agree(FATHER),
        SharingOutcome.ALLOW, BelgianRegime.YOUTH_AID, "be.youth.flanders.agreement", BelgianLaw.DIJ_7));
    rows.add(row("Flanders, art. 74: a child under 12, competence not assessed", () -> Scenario.flanders()
            .bornOn(LocalDate.of(2016, 5, 1)),
        SharingOutcome.INCOMPLETE, BelgianRegime.YOUTH_AID, "be.youth.flanders.agreement", BelgianLaw.DIJ_74));
    rows.add(row("Flanders, art. 74: not in the interest of the people concerned", () -> Scenario.flanders()
            .record(r -> r.inPersonsInterest(false)),
        SharingOutcome.DENY, BelgianRegime.YOUTH_AID, "be.youth.flanders.interest", BelgianLaw.DIJ_74));
    rows.add(row("Flanders, art. 74: only necessary data", () -> Scenario.flanders()
            .flow(f -> f.addCategory(InformationCategory.HEALTH)),
        SharingOutcome.DENY, BelgianRegime.YOUTH_AID, "be.youth.flanders.necessity", BelgianLaw.DIJ_74));
    rows.add(row("Flanders, art. 75: basic data on the youth magistrate's written request", () -> Scenario.flanders()
            .flow(f -> f.recipients(List.of()).authorities(List.of(Authority.YOUTH_MAGISTRATE))
                .categories(List.of(InformationCategory.IDENTITY)))
            .record(r -> r.writtenRequest(BEFORE)),
        SharingOutcome.ALLOW, BelgianRegime.YOUTH_AID, "be.youth.flanders.written-request", BelgianLaw.DIJ_75));
    rows.add(row("Flanders, art. 75: more than basic data, consent of minor and parents", () -> Scenario.flanders()
            .flow(f -> f.recipients(List.of()).authorities(List.of(Authority.YOUTH_MAGISTRATE))),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.YOUTH_AID, "be.youth.flanders.magistrate", BelgianLaw.DIJ_75,
        PERSON, MOTHER, FATHER));
    rows.add(row("Flanders, art. 75/1: to the youth court's social service, all agreed", () -> Scenario.flanders()
            .flow(f -> f.recipients(List.of(SDJ))).familyAgrees(),
        SharingOutcome.ALLOW, BelgianRegime.YOUTH_AID, "be.youth.flanders.magistrate", BelgianLaw.DIJ_75_1));
    rows.add(row("Flanders: the provider's role not recorded", () -> Scenario.flanders()
            .standing(PROVIDER, s -> s.youthAidRole(Optional.empty())),
        SharingOutcome.INCOMPLETE, BelgianRegime.YOUTH_AID, "be.youth.scope", null));
    // regime 6: shared professional secrecy
    rows.add(row("PMS to CPAS, explicit agreement not recorded (default)", Scenario::pmsToCpas,
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("PMS to CPAS, the teenager and her parents agreed", () -> Scenario.pmsToCpas().familyAgrees(),
        SharingOutcome.ALLOW, BelgianRegime.SHARED_SECRECY, "be.shared.explicit", BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("PMS to CPAS, the mother objected", () -> Scenario.pmsToCpas().familyAgrees().object(MOTHER),
        SharingOutcome.DENY, BelgianRegime.SHARED_SECRECY, "be.shared.objection", BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("PMS to CPAS, more than the mission strictly needs", () -> Scenario.pmsToCpas()
            .flow(f -> f.addCategory(InformationCategory.HEALTH)),
        SharingOutcome.DENY, BelgianRegime.SHARED_SECRECY, "be.shared.necessity", BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("no-objection setting, family informed", () -> Scenario.pmsToCpas().tellFamily()
            .settings(NO_OBJECTION),
        SharingOutcome.ALLOW, BelgianRegime.SHARED_SECRECY, "be.shared.no-objection",
        BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("no-objection setting, family not yet informed", () -> Scenario.pmsToCpas().settings(NO_OBJECTION),
        SharingOutcome.ALLOW_AFTER_INFORMING, BelgianRegime.SHARED_SECRECY, "be.shared.no-objection",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("no-objection setting, health data to a professional who is not a health one", () ->
            healthFromDoctor(Scenario.pmsToCpas().tellFamily().settings(NO_OBJECTION)),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.explicit",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("no-objection setting, health data, the recipient's health standing not recorded", () ->
            healthFromDoctor(Scenario.pmsToCpas().tellFamily().settings(NO_OBJECTION))
                .standing(CPAS, s -> s.healthProfessional(Optional.empty())),
        SharingOutcome.INCOMPLETE, BelgianRegime.SHARED_SECRECY, "be.shared.no-objection",
        BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("to a teacher, a duty of discretion only: no justification", () -> Scenario.pmsToCpas()
            .familyAgrees().flow(f -> f.recipients(List.of(TEACHER))),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    rows.add(row("to a teacher, the consent-alone setting, family agreed", () -> Scenario.pmsToCpas()
            .familyAgrees().flow(f -> f.recipients(List.of(TEACHER))).settings(CONSENT_ALONE),
        SharingOutcome.ALLOW, BelgianRegime.SHARED_SECRECY, "be.shared.consent-not-bound",
        BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("to a teacher, the consent-alone setting, no agreement yet", () -> Scenario.pmsToCpas()
            .flow(f -> f.recipients(List.of(TEACHER))).settings(CONSENT_ALONE),
        SharingOutcome.REQUIRE_CONSENT, BelgianRegime.SHARED_SECRECY, "be.shared.consent-not-bound",
        BelgianLaw.SHARED_SECRECY_DOCTRINE, PERSON, MOTHER, FATHER));
    rows.add(row("to a teacher, consent-alone setting, but not in the teenager's interest either", () ->
            Scenario.pmsToCpas().familyAgrees().flow(f -> f.recipients(List.of(TEACHER))).settings(CONSENT_ALONE)
                .record(r -> r.inPersonsInterest(false)),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    rows.add(row("PMS to CPAS for control, not the teenager's interest", () -> Scenario.pmsToCpas().familyAgrees()
            .record(r -> r.inPersonsInterest(false)),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    rows.add(row("outside the CPAS worker's mission", () -> Scenario.pmsToCpas().familyAgrees()
            .professional(CPAS, p -> p.missionCovers(InformationCategory.IDENTITY)),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    rows.add(row("the CPAS worker's mission not recorded", () -> Scenario.pmsToCpas().familyAgrees()
            .professional(CPAS, p -> p.missionCategories(Optional.empty())),
        SharingOutcome.INCOMPLETE, BelgianRegime.SHARED_SECRECY, "be.shared.conditions",
        BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("the CPAS worker's secrecy not recorded", () -> Scenario.pmsToCpas().familyAgrees()
            .standing(CPAS, s -> s.secrecy(Optional.empty())),
        SharingOutcome.INCOMPLETE, BelgianRegime.SHARED_SECRECY, "be.shared.conditions",
        BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("whether the flow serves the teenager's interest not recorded", () -> Scenario.pmsToCpas()
            .familyAgrees().record(r -> r.inPersonsInterest(Optional.empty())),
        SharingOutcome.INCOMPLETE, BelgianRegime.SHARED_SECRECY, "be.shared.conditions",
        BelgianLaw.SHARED_SECRECY_DOCTRINE));
    rows.add(row("the CPAS worker's secrecy read from the generic record when no Belgian standing says it", () ->
            Scenario.pmsToCpas().familyAgrees().standing(CPAS, s -> s.secrecy(Optional.empty()))
                .professional(CPAS, p -> p.secrecy(org.maillage.member.SecrecyBasis.PROFESSION)),
        SharingOutcome.ALLOW, BelgianRegime.SHARED_SECRECY, "be.shared.explicit", BelgianLaw.SHARED_SECRECY_DOCTRINE));
    // regime 7: no justification
    rows.add(row("a landlord sends: no secrecy, no justification", () -> Scenario.pmsToCpas().familyAgrees()
            .flow(f -> f.sender(LANDLORD)),
        SharingOutcome.DENY, BelgianRegime.NO_JUSTIFICATION, "be.none", BelgianLaw.CP_458));
    return rows.stream();
  }

  private static Scenario healthFromDoctor(Scenario s) {
    return s.flow(f -> f.sender(DOCTOR).categories(List.of(InformationCategory.HEALTH))
        .purpose(Purpose.of(PurposeKind.CARE_COORDINATION, InformationCategory.HEALTH)));
  }

  /** The FWB scenario without the family's information. */
  private static final class ScenarioWithoutInforming {
    Scenario fwb() {
      return Scenario.pmsToCpas().community(Community.WALLONIA_BRUSSELS)
          .flow(f -> f.sender(SAJ).recipients(List.of(AMO)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void each_situation_gets_the_answer_the_text_gives(Row row) {
    // given
    Scenario scenario = row.scenario().get();

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).as("outcome").isEqualTo(row.outcome());
    assertThat(decision.jurisdiction()).isEqualTo(Jurisdiction.BELGIUM);
    assertThat((Regime) decision.regime()).as("regime").isEqualTo(row.regime());
    assertThat(decision.decidingStep().value()).as("step").isEqualTo(row.step());
    row.basis().ifPresent(basis -> assertThat(decision.legalBasis()).as("legal basis").contains(basis));
    if (!row.addressees().isEmpty()) {
      assertThat(decision.addressees()).as("addressees").containsExactlyElementsOf(row.addressees());
    }
    assertThat(decision.missingFacts().isEmpty()).as("missing facts iff incomplete")
        .isEqualTo(row.outcome() != SharingOutcome.INCOMPLETE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void the_quiet_reader_gives_the_same_outcome(Row row) {
    // given
    Scenario scenario = row.scenario().get();
    SharingRecord record = SharingRecord.of(scenario.network());
    BelgianSharingPolicy policy = BelgianSharingPolicy.of(scenarioSettings(scenario));

    // when
    SharingDecision quiet = policy.outcomes(record).of(scenario.flowValue());

    // then
    assertThat(quiet.outcome()).isEqualTo(row.outcome());
    assertThat((Regime) quiet.regime()).isEqualTo(row.regime());
  }

  private static BelgianSettings scenarioSettings(Scenario scenario) {
    return scenario.settingsValue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void every_decision_reads_in_french_dutch_and_english_with_every_placeholder_filled(Row row) {
    // given
    SharingDecision decision = row.scenario().get().decide();

    for (Locale locale : List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      // when
      String text = BelgianSharingPolicy.instance().explain(decision, locale);

      // then
      assertThat(text).as("%s", locale).doesNotContain("{").isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void recording_a_missing_fact_either_way_gives_the_announced_answer(Row row) {
    // given
    SharingDecision decision = row.scenario().get().decide();

    // when / then
    for (MissingFact fact : decision.missingFacts()) {
      assertThat(fact.answers()).as("answers for %s", fact.kind()).isNotEmpty();
      for (FactAnswer answer : fact.answers()) {
        Scenario recorded = row.scenario().get().recordFact(fact.kind(), fact.about().orElse(null),
            answer.recording());
        assertThat(recorded.decide().outcome()).as("%s recorded %s", fact.kind(), answer.recording())
            .isEqualTo(answer.outcome());
      }
    }
  }
}
