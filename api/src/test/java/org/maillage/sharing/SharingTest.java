package org.maillage.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.FlowId;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.sharing.fr.RegulatoryCategory;

/** The checks and questions of the sharing values: flows, consents, informings, objections. */
class SharingTest {
  private static final MemberId LEA = MemberId.of("u-lea");
  private static final MemberId NURSE = MemberId.of("pro-nurse");
  private static final MemberId TEACHER = MemberId.of("pro-teacher");
  private static final LocalDate DAY = LocalDate.of(2026, 4, 2);

  private static InformationFlow.Builder flow() {
    return InformationFlow.builder().id(FlowId.of("f-1")).sender(NURSE).about(LEA).date(DAY).mode(FlowMode.EXCHANGE)
        .addCategory(InformationCategory.HEALTH);
  }

  @Test
  void aFlowToItsOwnSenderIsRejected() {
    // given a flow whose sender is among its recipients

    // when built, then it fails naming the field, the flow and the sender
    assertThatThrownBy(() -> flow().addRecipients(TEACHER, NURSE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("InformationFlow.recipients")
        .hasMessageContaining("'f-1'")
        .hasMessageContaining("'pro-nurse'");
  }

  @Test
  void aFlowWithoutRecipientMustBeAReport() {
    // given flows without recipients, one marked as a report

    // when built, then only the report is accepted
    assertThatThrownBy(() -> flow().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("InformationFlow.recipients")
        .hasMessageContaining("'f-1'");
    assertThat(flow().report(ReportKind.CHILD_CONCERN).build().recipients()).isEmpty();
  }

  @Test
  void aConsentCoveringNothingIsRejected() {
    // given consents without categories of information or of professionals
    Consent.Builder consent = Consent.builder().by(LEA).given(DAY);

    // when built, then each fails naming the fields and who consented
    assertThatThrownBy(() -> consent.build())
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Consent.informationCategories")
        .hasMessageContaining("Consent.professionalCategories")
        .hasMessageContaining("'u-lea'");
    assertThatThrownBy(() -> Consent.builder().by(LEA).given(DAY).addInformationCategory(InformationCategory.HEALTH)
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Consent.professionalCategories")
        .hasMessageContaining("'u-lea'");
  }

  @Test
  void aConsentWithdrawnBeforeItWasGivenIsRejected() {
    // given a withdrawal before the consent

    // when built, then it fails naming the field and both dates
    assertThatThrownBy(() -> Consent.builder().by(LEA).given(DAY).withdrawn(DAY.minusDays(3))
            .addInformationCategory(InformationCategory.HEALTH)
            .addProfessionalCategory(RegulatoryCategory.HEALTH_PROFESSIONAL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Consent.withdrawn")
        .hasMessageContaining("2026-03-30")
        .hasMessageContaining("2026-04-02");
  }

  @Test
  void aConsentIsInForceUntilItsWithdrawal() {
    // given a consent withdrawn ten days after it was given
    Consent consent = Consent.builder().by(LEA).given(DAY).withdrawn(DAY.plusDays(10))
        .addInformationCategory(InformationCategory.HEALTH)
        .addProfessionalCategory(RegulatoryCategory.HEALTH_PROFESSIONAL).build();

    // when judged, then it holds from the day given to the day before the withdrawal
    assertThat(consent.isInForceOn(DAY.minusDays(1))).isFalse();
    assertThat(consent.isInForceOn(DAY)).isTrue();
    assertThat(consent.isInForceOn(DAY.plusDays(9))).isTrue();
    assertThat(consent.isInForceOn(DAY.plusDays(10))).isFalse();
  }

  @Test
  void anInformingSayingNothingIsRejected() {
    // given an informing without subjects

    // when built, then it fails naming the field and who was informed
    assertThatThrownBy(() -> Informing.builder().informed(LEA).date(DAY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Informing.subjects")
        .hasMessageContaining("'u-lea'");
  }

  @Test
  void anInformingCoversLaterFlowsOrTheOneItNames() {
    // given a general informing and one about flow f-2
    Informing general = Informing.builder().informed(LEA).date(DAY).addSubject(InformingSubject.RECIPIENTS).build();
    Informing specific = Informing.builder().from(general).flow(FlowId.of("f-2")).build();
    InformationFlow sameDay = flow().addRecipient(TEACHER).build();
    InformationFlow before = flow().addRecipient(TEACHER).date(DAY.minusDays(1)).build();

    // when coverage is judged, then a general one covers flows on or after its day, a specific one only its flow
    assertThat(general.covers(sameDay)).isTrue();
    assertThat(general.covers(before)).isFalse();
    assertThat(specific.covers(sameDay)).isFalse();
    assertThat(specific.covers(flow().id(FlowId.of("f-2")).addRecipient(TEACHER).build())).isTrue();
  }

  @Test
  void anObjectionBlocksLaterFlowsWithinItsScope() {
    // given an objection to health information going to the teacher, and a general one
    Objection toTeacher = Objection.builder().by(LEA).date(DAY).addCategory(InformationCategory.HEALTH)
        .addRecipient(TEACHER).build();
    Objection general = Objection.builder().by(LEA).date(DAY).build();
    InformationFlow healthToTeacher = flow().addRecipient(TEACHER).build();
    InformationFlow healthToOther = flow().addRecipient(MemberId.of("pro-other")).build();
    InformationFlow earlier = flow().addRecipient(TEACHER).date(DAY.minusDays(1)).build();

    // when blocking is judged, then only flows on or after the objection and within its scope are blocked
    assertThat(toTeacher.blocks(healthToTeacher, EMPTY)).isTrue();
    assertThat(toTeacher.blocks(healthToOther, EMPTY)).isFalse();
    assertThat(toTeacher.blocks(earlier, EMPTY)).isFalse();
    assertThat(general.blocks(healthToOther, EMPTY)).isTrue();
  }

  @Test
  void anObjectionScopedByOrganisationCoversItsProfessionalsAndThoseOfTheBodiesBelowIt() {
    // given a hospital with a ward, a nurse of the ward, a teacher of a school, a psychologist outside the network
    // working at the hospital, and an objection to flows going to the hospital
    OrganisationId hospital = OrganisationId.of("o-hospital");
    OrganisationId ward = OrganisationId.of("o-ward");
    OrganisationId school = OrganisationId.of("o-school");
    Network network = Network.builder().id(NetworkId.of("n-1")).created(DAY.minusDays(30))
        .addOrganisations(organisation(hospital, null), organisation(ward, hospital), organisation(school, null))
        .addMembers(professional(NURSE, ward), professional(TEACHER, school))
        .build();
    Objection toHospital = Objection.builder().by(LEA).date(DAY).addOrganisation(hospital).build();
    OutsideProfessional psychologist = OutsideProfessional.builder().id(MemberId.of("ext-psy")).organisation(hospital)
        .build();
    InformationFlow fromTeacher = flow().sender(TEACHER).addRecipient(NURSE).build();
    InformationFlow toOutside = flow().sender(TEACHER).addOutsideProfessional(psychologist).build();
    InformationFlow toTeacher = flow().addRecipient(TEACHER).build();
    InformationFlow toAuthority = flow().sender(TEACHER).addAuthority(Authority.PUBLIC_PROSECUTOR)
        .report(ReportKind.ABUSE_REPORT).build();

    // when blocking is judged, then flows to the ward's nurse and to the hospital's psychologist are blocked,
    // those to the school's teacher and to an authority are not
    assertThat(toHospital.blocks(fromTeacher, network)).isTrue();
    assertThat(toHospital.blocks(toOutside, network)).isTrue();
    assertThat(toHospital.blocks(toTeacher, network)).isFalse();
    assertThat(toHospital.blocks(toAuthority, network)).isFalse();
  }

  @Test
  void aFlowCanGoOutsideTheNetworkButNotIntoARecordAsAnExchange() {
    // given a flow to the CRIP, one into a shared record, and an exchange into a shared record
    SharedRecord dui = SharedRecord.builder().name("DUI").addProfessionalCategories(RegulatoryCategory.ESSMS_STAFF)
        .build();

    // when built, then the first two are accepted and the third fails naming the field
    assertThat(flow().addAuthority(Authority.CHILD_CONCERN_UNIT).build().goesOutsideTheNetwork()).isTrue();
    assertThat(flow().mode(FlowMode.SHARING).sharedRecord(dui).build().recipients()).isEmpty();
    assertThatThrownBy(() -> flow().sharedRecord(dui).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("InformationFlow.sharedRecord")
        .hasMessageContaining("'f-1'");
  }

  private static final Network EMPTY = Network.builder().id(NetworkId.of("n-0")).created(DAY).build();

  private static Organisation organisation(OrganisationId id, OrganisationId parent) {
    Organisation.Builder o = Organisation.builder().id(id).kind(OrganisationKind.SERVICE).sector(Sector.HEALTH);
    if (parent != null) {
      o.parent(parent);
    }
    return o.build();
  }

  private static Professional professional(MemberId id, OrganisationId organisation) {
    return Professional.builder().id(id).sector(Sector.HEALTH).horizon(Horizon.MIDDLE).organisation(organisation)
        .involvedFrom(DAY.minusDays(30)).build();
  }
}
