package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.core.sharing.Presence;
import org.maillage.member.Horizon;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.Person;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * Whether the formalised care group (<i>équipe de soins, ensemble formalisé</i>, CSP L1110-12 3°) counts a
 * current health professional on a day, read once from the professionals' French standing into a
 * {@link Presence} and then asked day by day.
 */
class FormalisedGroupTest {
  private static final LocalDate D0 = LocalDate.of(2026, 3, 2);

  private static Professional professional(String id, CareTeamBasis basis, RegulatoryCategory category,
      List<Period> involvements) {
    return Professional.builder().id(MemberId.of(id)).sector(Sector.HEALTH).horizon(Horizon.MIDDLE)
        .addStanding(FrenchStanding.builder().careTeam(basis).regulatoryCategory(category).build())
        .involvements(involvements).build();
  }

  private static Network network(List<Professional> professionals) {
    return Network.builder().id(NetworkId.of("n-group")).created(D0.minusYears(1))
        .focalPerson(Person.builder().id(MemberId.of("p-focal")).build()).addAllMembers(professionals).build();
  }

  /** The definition, professional by professional. */
  private static boolean byDefinition(Network network, LocalDate date) {
    return network.professionals().stream().anyMatch(p -> {
      FrenchStanding standing = FrenchStanding.of(p);
      return standing.careTeam().orElse(null) == CareTeamBasis.FORMALISED_GROUP
          && standing.regulatoryCategory().orElse(null) == RegulatoryCategory.HEALTH_PROFESSIONAL
          && p.isCurrentOn(date);
    });
  }

  @Test
  void theGroupCountsAHealthProfessionalExactlyOnTheDaysOneOfThemIsCurrent() {
    // given health professionals of the group with gaps, overlaps, an old history and an open involvement, and
    // others who do not count: a social worker of the group, a health professional of an establishment
    Network network = network(List.of(
        professional("pro-h1", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.of(D0, D0.plusDays(9)), Period.of(D0.plusDays(20), D0.plusDays(29)))),
        professional("pro-h2", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.of(D0.plusDays(5), D0.plusDays(14)))),
        professional("pro-h3", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.from(D0.plusDays(45)))),
        professional("pro-h5", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.of(D0.minusDays(100), D0.minusDays(50)))),
        professional("pro-s1", CareTeamBasis.FORMALISED_GROUP, RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT,
            List.of(Period.of(D0.plusDays(30), D0.plusDays(39)))),
        professional("pro-h4", CareTeamBasis.SAME_ESTABLISHMENT, RegulatoryCategory.HEALTH_PROFESSIONAL,
            List.of(Period.of(D0.plusDays(30), D0.plusDays(39))))));
    Presence record = FrenchFlowView.formalisedGroupHealth(network);

    // when judged on every day from long before to long after
    // then the record answers as the definition does, day by day
    for (LocalDate day = D0.minusDays(120); day.isBefore(D0.plusDays(80)); day = day.plusDays(1)) {
      assertThat(record.covers(day)).as("on %s", day)
          .isEqualTo(byDefinition(network, day));
    }
    assertThat(record.covers(D0.plusDays(17))).isFalse();
    assertThat(record.covers(D0.plusDays(35))).isFalse();
    assertThat(record.covers(LocalDate.MAX)).isTrue();
    assertThat(record.covers(LocalDate.MIN)).isFalse();
  }

  @Test
  void manyHealthProfessionalsWithLongHistoriesAreReadAsTheDefinitionSays() {
    // given 300 professionals of the group, health professionals or not, each with up to 6 short involvements
    Random random = new Random(20261201L);
    List<Professional> professionals = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<Period> involvements = new ArrayList<>();
      LocalDate start = D0.plusDays(random.nextInt(400));
      for (int k = 0, n = 1 + random.nextInt(6); k < n; k++) {
        LocalDate end = start.plusDays(random.nextInt(20));
        involvements.add(Period.of(start, end));
        start = end.plusDays(1 + random.nextInt(60));
      }
      professionals.add(professional("pro-" + i, CareTeamBasis.FORMALISED_GROUP, random.nextInt(4) == 0
          ? RegulatoryCategory.HEALTH_PROFESSIONAL : RegulatoryCategory.ESSMS_STAFF, involvements));
    }
    Network network = network(professionals);
    Presence record = FrenchFlowView.formalisedGroupHealth(network);

    // when
    // then
    for (LocalDate day = D0.minusDays(5); day.isBefore(D0.plusDays(900)); day = day.plusDays(1)) {
      assertThat(record.covers(day)).as("on %s", day)
          .isEqualTo(byDefinition(network, day));
    }
  }

  @Test
  void withoutAFormalisedGroupNoDayCounts() {
    // given only a health professional of an establishment, current throughout
    Network network = network(List.of(professional("pro-h4", CareTeamBasis.SAME_ESTABLISHMENT,
        RegulatoryCategory.HEALTH_PROFESSIONAL, List.of(Period.from(D0)))));

    // when
    Presence record = FrenchFlowView.formalisedGroupHealth(network);

    // then
    assertThat(record.covers(D0)).isFalse();
    assertThat(record.covers(D0.plusYears(3))).isFalse();
  }
}
