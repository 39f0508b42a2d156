package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.sharing.fr.Scenario.CESF;
import static org.maillage.core.sharing.fr.Scenario.HOSPITAL;
import static org.maillage.core.sharing.fr.Scenario.NURSE;
import static org.maillage.core.sharing.fr.Scenario.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.SecrecyBasis;
import org.maillage.sharing.Authority;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharedRecord;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * DOMAIN.md §4, "What the model must record": recipients outside the network (an authority such as the CRIP, an
 * identified professional outside it), a shared record as the destination of a sharing, and objections scoped by
 * organisation, each built and judged by the French decision.
 */
class OutsideRecipientsTest {
  private static final SharedRecord DUI = SharedRecord.builder().name("DUI")
      .addProfessionalCategories(RegulatoryCategory.FAMILY_ECONOMY_ADVISER, RegulatoryCategory.ESSMS_STAFF).build();

  private static OutsideProfessional psychologist(boolean contributor) {
    return OutsideProfessional.builder().id(MemberId.of("ext-psy")).secrecy(SecrecyBasis.PROFESSION)
        .missionCovers(InformationCategory.values())
        .addStanding(FrenchStanding.builder().regulatoryCategory(RegulatoryCategory.PSYCHOLOGIST_OR_THERAPIST)
            .childProtectionContributor(contributor).build())
        .build();
  }

  @Test
  void a_concern_about_a_child_to_the_crip_is_a_report_judged_under_l226_2_1() {
    // given a concern about a minor addressed to the CRIP, the parents told beforehand
    Scenario scenario = Scenario.report(ReportKind.CHILD_CONCERN).tellParents()
        .flow(f -> f.addAuthority(Authority.CHILD_CONCERN_UNIT));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW);
    assertThat(decision.regime()).isEqualTo(FrenchRegime.REPORT);
    assertThat(decision.legalBasis()).extracting(b -> b.article()).contains("L226-2-1");
  }

  @Test
  void a_flow_to_an_authority_that_is_not_a_report_is_refused_and_says_why() {
    // given the social worker's ordinary exchange, sent to the prosecutor as well
    Scenario scenario = Scenario.general().flow(f -> f.addAuthority(Authority.PUBLIC_PROSECUTOR));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.DENY);
    assertThat(decision.regime()).isEqualTo(FrenchRegime.REPORT);
    assertThat(decision.reasons()).extracting(Message::key).contains("report.authority-not-report");
  }

  @Test
  void a_sharing_into_a_shared_record_needs_a_consent_covering_the_record_s_categories() {
    // given a sharing into the DUI, open to family-economy advisers and ESSMS staff, with no other recipient
    Scenario intoRecord = Scenario.general()
        .flow(f -> f.mode(FlowMode.SHARING).recipients(List.of()).sharedRecord(DUI));
    // and the same with the person's consent covering both categories, then with one covering one of them only
    Scenario consented = Scenario.general()
        .flow(f -> f.mode(FlowMode.SHARING).recipients(List.of()).sharedRecord(DUI))
        .consent(Scenario.consentBy(PERSON).addProfessionalCategories(RegulatoryCategory.ESSMS_STAFF).build());
    Scenario narrow = Scenario.general()
        .flow(f -> f.mode(FlowMode.SHARING).recipients(List.of()).sharedRecord(DUI))
        .consent(Scenario.consentBy(PERSON).build());

    // when
    SharingDecision without = intoRecord.decide();
    SharingDecision with = consented.decide();
    SharingDecision tooNarrow = narrow.decide();

    // then: a record is not a care team; the consent must cover every category it is open to
    assertThat(without.outcome()).isEqualTo(SharingOutcome.REQUIRE_CONSENT);
    assertThat(without.regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
    assertThat(without.reasons()).extracting(Message::key)
        .contains("general.step2.shared-record", "general.step6.shared-record");
    assertThat(with.outcome()).isEqualTo(SharingOutcome.ALLOW);
    assertThat(tooNarrow.outcome()).isEqualTo(SharingOutcome.REQUIRE_CONSENT);
    assertThat(tooNarrow.reasons()).extracting(Message::key).contains("general.step7.too-narrow");
  }

  @Test
  void an_exchange_with_a_professional_outside_the_network_is_refused_under_the_general_regime() {
    // given the social worker's exchange with a psychologist outside the network
    Scenario scenario = Scenario.general().flow(f -> f.recipients(List.of()).addOutsideProfessional(psychologist(false)));

    // when
    SharingDecision decision = scenario.decide();

    // then: step 2, a professional outside the network takes no part in the person's support as recorded
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.DENY);
    assertThat(decision.regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
    assertThat(decision.reasons()).extracting(Message::key).contains("general.step2.outside");
    assertThat(decision.reasons()).allSatisfy(m -> assertThat(Scenario.renderable(m)).isTrue());
  }

  @Test
  void a_child_protection_exchange_may_reach_a_contributing_professional_outside_the_network() {
    // given the ASE social worker telling a psychologist outside the network, bound by secrecy, who contributes
    // to child protection, and one who does not
    Scenario contributing = Scenario.childProtection()
        .flow(f -> f.recipients(List.of()).addOutsideProfessional(psychologist(true)));
    Scenario notContributing = Scenario.childProtection()
        .flow(f -> f.recipients(List.of()).addOutsideProfessional(psychologist(false)));

    // when
    SharingDecision allowed = contributing.decide();
    SharingDecision other = notContributing.decide();

    // then: CASF L226-2-2 asks for secrecy and contribution, not for membership of the network
    assertThat(allowed.outcome()).isEqualTo(SharingOutcome.ALLOW);
    assertThat(allowed.regime()).isEqualTo(FrenchRegime.CHILD_PROTECTION);
    assertThat(other.regime()).isNotEqualTo(FrenchRegime.CHILD_PROTECTION);
  }

  @Test
  void an_objection_to_an_organisation_blocks_flows_to_its_services_but_not_elsewhere() {
    // given the person's objection to flows going to the hospital, of which the nurse's ward is a service
    Objection toHospital = Objection.builder().by(PERSON).date(Scenario.BEFORE).addOrganisation(HOSPITAL).build();
    Scenario toNurse = Scenario.general().objection(toHospital).flow(f -> f.recipients(List.of(NURSE))
        .purpose(Purpose.of(PurposeKind.CARE_COORDINATION, InformationCategory.SOCIAL_ASSESSMENT)));
    Scenario toAdviser = Scenario.general().objection(toHospital).flow(f -> f.recipients(List.of(CESF)));

    // when
    SharingDecision blocked = toNurse.decide();
    SharingDecision free = toAdviser.decide();

    // then
    assertThat(blocked.outcome()).isEqualTo(SharingOutcome.DENY);
    assertThat(blocked.reasons()).extracting(Message::key).contains("general.step4.objection");
    assertThat(free.outcome()).isEqualTo(SharingOutcome.ALLOW);
  }
}
