package org.maillage.core.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.governance.GovernanceFixtures.DATE;
import static org.maillage.core.rules.governance.GovernanceFixtures.NETWORK;
import static org.maillage.core.rules.governance.GovernanceFixtures.network;
import static org.maillage.core.rules.governance.GovernanceFixtures.professional;
import static org.maillage.core.rules.governance.GovernanceFixtures.validate;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.maillage.OrganisationId;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * {@code RISK-COLONISATION} with a minimum of institutions set high (<i>seuil d'institutions</i>): the
 * institutions present are counted in a set rather than an array, with the same answers.
 */
class RiskColonisationManyInstitutionsTest {
  private static final OrganisationId MAJOR = OrganisationId.of("o-major");

  /** 11 professionals of one organisation, and one professional in each of {@code others} other ones. */
  private static Network staffed(int others) {
    Network.Builder builder = network()
        .addOrganisation(Organisation.builder().id(MAJOR).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL).build());
    for (int i = 0; i < 11; i++) {
      builder.addMember(professional("pro-major-" + i, MAJOR));
    }
    for (int i = 0; i < others; i++) {
      OrganisationId other = OrganisationId.of("o-other-" + i);
      builder.addOrganisation(Organisation.builder().id(other).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL)
          .build());
      builder.addMember(professional("pro-other-" + i, other));
    }
    return builder.build();
  }

  private static ValidationSettings atLeast(int institutions) {
    return ValidationSettings.builder().date(DATE).colonisationMinInstitutions(institutions).build();
  }

  @Test
  void aMajorityIsLookedForFromTheMinimumOfInstitutionsOn() {
    // given 11 of 20 professionals in one organisation, the 9 others in 9 others: 10 institutions
    Network network = staffed(9);

    // when
    ValidationReport tenRequired = validate(new RiskColonisationRule(), network, atLeast(10));
    ValidationReport elevenRequired = validate(new RiskColonisationRule(), network, atLeast(11));

    // then
    assertThat(tenRequired.findings()).singleElement().satisfies(f -> {
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).organisation(MAJOR));
      assertThat(f.messageKey()).isEqualTo("RISK-COLONISATION.majority");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("professionals", 11, "total", 20));
    });
    assertThat(elevenRequired.isEmpty()).isTrue();
  }

  @Test
  void aMinimumAsHighAsTheProfessionalsIsMetOnlyWhenEachHasAnInstitutionOfTheirOwn() {
    // given 11 professionals in one organisation and 9 in 9 others, and a minimum of 20 institutions
    Network network = staffed(9);

    // when
    ValidationReport report = validate(new RiskColonisationRule(), network, atLeast(20));

    // then the 10 institutions are fewer than the 20 required: silent
    assertThat(report.isEmpty()).isTrue();
  }
}
