package org.maillage.formats.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.Person;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianStanding;
import org.maillage.sharing.be.CaseConsultation;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.ConsultationPurpose;
import org.maillage.sharing.be.MinorCompetence;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.YouthAidCommunity;

/** A network under Belgian law: its facts and standings are pseudonymised like every other part. */
class BelgianPseudonymisationTest {
  private static final MemberId PUPIL = MemberId.of("p-2026-207");
  private static final MemberId PMS = MemberId.of("pro-pms");
  private static final MemberId AUNT = MemberId.of("m-aunt");
  private static final LegalReference CP_458 = LegalReference.of(Jurisdiction.BELGIUM, "CP", "458",
      Period.of(LocalDate.of(2000, 1, 1), Optional.empty()));

  private static Network network() {
    return Network.builder().id(NetworkId.of("n-belgian")).created(LocalDate.of(2026, 10, 1))
        .jurisdiction(Jurisdiction.BELGIUM)
        .focalPerson(Person.builder().id(PUPIL).name("Nora").birthDate(LocalDate.of(2011, 4, 2)).build())
        .addMember(Professional.builder().id(PMS).sector(Sector.SCHOOL).horizon(Horizon.MIDDLE)
            .involvedFrom(LocalDate.of(2026, 9, 1))
            .addStanding(BelgianStanding.builder().secrecy(SecrecyStanding.BOUND_BY_PROFESSION).build()).build())
        .addMember(PrimaryMember.builder().id(AUNT).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(LocalDate.of(2026, 9, 1)).build())
        .addFlow(InformationFlow.builder().id(FlowId.of("f-1")).sender(PMS).addRecipient(AUNT).about(PUPIL)
            .date(LocalDate.of(2026, 10, 8)).mode(FlowMode.EXCHANGE).build())
        .addJurisdictionFact(YouthAidCommunity.of(Community.WALLONIA_BRUSSELS))
        .addJurisdictionFact(BelgianFlowRecord.builder().flow(FlowId.of("f-1")).enablingText(CP_458)
            .writtenRequest(LocalDate.of(2026, 10, 7)).build())
        .addJurisdictionFact(CaseConsultation.builder().code("CSC-Liège").purpose(ConsultationPurpose.OTHER)
            .authorisationReference("Arrêté Nora Lambert").authorisationDate(LocalDate.of(2026, 9, 15))
            .addParticipant(PMS).build())
        .addJurisdictionFact(MinorCompetence.of(PUPIL, true, LocalDate.of(2026, 10, 2)))
        .build();
  }

  @Test
  void belgian_facts_have_their_ids_texts_and_dates_treated() {
    // given a network under Belgian law with every Belgian fact
    Network network = network();

    // when it is pseudonymised with shifted dates
    Pseudonymised p = Pseudonymiser.builder().key(PseudonymiserProperties.KEY).dates(DateTreatment.SHIFT).build()
        .apply(network, LocalDate.of(2026, 12, 1));

    // then the flow record names the flow's pseudonym, the consultation's personal reference is replaced, the
    // minor is the person's pseudonym, and the law's validity moved with every date
    long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 12, 1), p.asOf());
    Network result = p.network();
    BelgianFlowRecord record = result.jurisdictionFact(BelgianFlowRecord.class).orElseThrow();
    assertThat(record.flow()).isEqualTo(result.flows().get(0).id());
    assertThat(record.writtenRequest()).contains(LocalDate.of(2026, 10, 7).plusDays(days));
    assertThat(record.enablingText().orElseThrow().validity().start()).isEqualTo(LocalDate.of(2000, 1, 1)
        .plusDays(days));
    CaseConsultation consultation = result.jurisdictionFact(CaseConsultation.class).orElseThrow();
    assertThat(consultation.authorisationReference()).get().asString().startsWith("text-")
        .doesNotContain("Nora");
    assertThat(consultation.code()).isEqualTo("CSC-Liège");
    assertThat(consultation.participants()).containsExactly(result.members().get(0).id());
    assertThat(result.jurisdictionFact(MinorCompetence.class).orElseThrow().minor())
        .isEqualTo(result.focalPerson().orElseThrow().id());
    assertThat(result.jurisdictionFact(YouthAidCommunity.class)).isPresent();
  }
}
