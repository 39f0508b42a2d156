package org.maillage.core.rules.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.person.PersonFixtures.CREATED;
import static org.maillage.core.rules.person.PersonFixtures.PERSON;
import static org.maillage.core.rules.person.PersonFixtures.around;
import static org.maillage.core.rules.person.PersonFixtures.personBuilder;
import static org.maillage.core.rules.person.PersonFixtures.primary;
import static org.maillage.core.rules.person.PersonFixtures.professional;
import static org.maillage.core.rules.person.PersonFixtures.settings;
import static org.maillage.core.rules.person.PersonFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.network.Network;
import org.maillage.person.Agreement;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.validation.Finding;

/**
 * The person rules on a person with many representatives or many life spheres (<i>sphères de
 * fonctionnement</i>, an open list): each party judged on their own agreements, each sphere struck off once.
 */
class PersonRulesManyPartiesTest {

  @Test
  void eachRepresentativeIsJudgedOnTheirOwnAgreements() {
    // given an adult with 400 curators, each having agreed, except every hundredth, who withdrew
    Person.Builder person = personBuilder().addAgreement(Agreement.of(PERSON, CREATED));
    for (int i = 0; i < 400; i++) {
      MemberId curator = MemberId.of("r-" + i);
      person.addRepresentative(LegalRepresentative.of(curator, RepresentationKind.CURATORSHIP));
      person.addAgreement(i % 100 == 0
          ? Agreement.builder().by(curator).given(CREATED).withdrawn(CREATED.plusDays(i / 100 + 1)).build()
          : Agreement.of(curator, CREATED));
    }
    Network network = around(person.build()).build();

    // when
    List<Finding> findings = validate(new PersonConsentRule(), network, settings());

    // then the four who withdrew, each with the day of their own withdrawal
    assertThat(findings).extracting(Finding::messageKey).containsOnly("PERSON-CONSENT.representative-withdrawn");
    assertThat(findings).extracting(f -> (Map<String, Object>) f.arguments()).containsExactlyInAnyOrder(
        withdrawn("r-0", 1), withdrawn("r-100", 2), withdrawn("r-200", 3), withdrawn("r-300", 4));
  }

  private static Map<String, Object> withdrawn(String representative, int day) {
    return ImmutableMap.of("representative", MemberId.of(representative), "withdrawn", CREATED.plusDays(day));
  }

  @Test
  void manySpheresAreCoveredOnlyWhenEveryOneIs() {
    // given a person with needs in 300 spheres of a service's own list, 100 professionals covering three each,
    // and a relative who gives nothing
    Person.Builder person = personBuilder();
    for (int i = 0; i < 300; i++) {
      person.addNeed(Need.of(LifeSphere.of("sphere-" + i)));
    }
    Network.Builder covered = around(person.build()).addMember(primary("m-1"));
    Network.Builder oneShort = around(person.build()).addMember(primary("m-1"));
    for (int p = 0; p < 100; p++) {
      LifeSphere[] spheres = {LifeSphere.of("sphere-" + (3 * p)), LifeSphere.of("sphere-" + (3 * p + 1)),
          LifeSphere.of("sphere-" + (3 * p + 2))};
      covered.addMember(professional("pro-" + p, spheres));
      oneShort.addMember(professional("pro-" + p, p == 99 ? new LifeSphere[] {spheres[0], spheres[1]} : spheres));
    }
    PersonNotEnclosedRule rule = new PersonNotEnclosedRule();

    // when
    List<Finding> coveredFindings = validate(rule, covered.build(), settings());
    List<Finding> oneShortFindings = validate(rule, oneShort.build(), settings());

    // then both have too many professionals; only the first has every sphere covered
    assertThat(coveredFindings).extracting(Finding::messageKey)
        .containsExactlyInAnyOrder("PERSON-NOT-ENCLOSED.too-many", "PERSON-NOT-ENCLOSED.covered-without-primary");
    assertThat(oneShortFindings).extracting(Finding::messageKey).containsExactly("PERSON-NOT-ENCLOSED.too-many");
  }
}
