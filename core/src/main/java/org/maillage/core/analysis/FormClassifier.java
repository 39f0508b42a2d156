package org.maillage.core.analysis;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.OrganisationId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.analysis.Feature;
import org.maillage.analysis.FormScore;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.partnership.Partnership;
import org.maillage.person.Person;

/**
 * Classifies a network by the five forms of Dumoulin et al. (000) and as partnership or network (001, 002),
 * from its structure on a date: transparent rules taken from DOMAIN.md §1 and §2, each feature with its weight,
 * a score being Σ weight × value ÷ Σ weight. Declared forms are never read.
 *
 * <table>
 *   <caption>Features and weights</caption>
 *   <tr><th>score</th><th>feature (weight): value</th></tr>
 *   <tr><td>pairing</td><td>built around a person (1); exactly two current professionals (4); the two
 *     from two different organisations (1); the two under different mandates (1)</td></tr>
 *   <tr><td>inter-institutional</td><td>a theme (2); a territory (2); two institutions or more take part
 *     (2)</td></tr>
 *   <tr><td>network intervention</td><td>built around a person (2); a mobilised primary member (3)</td></tr>
 *   <tr><td>mutual aid</td><td>not built around a person (1); two members or more who are not professionals
 *     (1); the share of them who both give and receive support (2); no professional gives or receives support
 *     (1)</td></tr>
 *   <tr><td>collective</td><td>a concerted strategy (4); two institutions or more take part, associations of
 *     inhabitants or users included (2)</td></tr>
 *   <tr><td>partnership</td><td>no current member but professionals (2); formalised by a charter or a
 *     convention (2); a common project (1); organised formally (1)</td></tr>
 *   <tr><td>network</td><td>built around a person (2); members who are not professionals (1); a mobilised
 *     primary member (1); organised informally: an actor logic (1)</td></tr>
 * </table>
 *
 * <p>Each form is scored on the features of its definition only (the conditions of its {@code FORM-*} rule in
 * DOMAIN.md §2), so a network that meets the definition scores 1; the weights make the defining feature decide:
 * without exactly two professionals pairing stays below 0.5, without a mobilised relative network intervention
 * does, and so on. Institutions are counted as
 * DOMAIN.md §2 defines them (the parent body when recorded, else the organisation), with the organisations
 * listed as partners in their own right (no professional of the network works in them).
 *
 * <p>Linear in the members, ties and organisations. This class is stateless and thread-safe.
 */
public final class FormClassifier {
  static final String PERSON = "maillage.feature.person";
  static final String NO_PERSON = "maillage.feature.no-person";
  static final String PERSON_NOT_WANTED = "maillage.feature.person-not-wanted";
  static final String THEME = "maillage.feature.theme";
  static final String NO_THEME = "maillage.feature.no-theme";
  static final String TERRITORY = "maillage.feature.territory";
  static final String NO_TERRITORY = "maillage.feature.no-territory";
  static final String STRATEGY = "maillage.feature.strategy";
  static final String NO_STRATEGY = "maillage.feature.no-strategy";
  static final String PROFESSIONALS = "maillage.feature.professionals";
  static final String ORGANISATIONS = "maillage.feature.organisations";
  static final String MANDATES = "maillage.feature.mandates";
  static final String INSTITUTIONS = "maillage.feature.institutions";
  static final String MOBILISED = "maillage.feature.mobilised";
  static final String NON_PROFESSIONALS = "maillage.feature.non-professionals";
  static final String RECIPROCAL = "maillage.feature.reciprocal";
  static final String PROFESSIONALS_SUPPORTING = "maillage.feature.professionals-supporting";
  static final String FORMALISED = "maillage.feature.formalised";
  static final String NOT_FORMALISED = "maillage.feature.not-formalised";
  static final String COMMON_PROJECT = "maillage.feature.common-project";
  static final String NO_COMMON_PROJECT = "maillage.feature.no-common-project";
  static final String FORMAL = "maillage.feature.formal";
  static final String INFORMAL = "maillage.feature.informal";

  /** Every message key a feature may carry, for the bundle tests. */
  static final List<String> KEYS = List.of(PERSON, NO_PERSON, PERSON_NOT_WANTED, THEME, NO_THEME, TERRITORY, NO_TERRITORY, STRATEGY,
      NO_STRATEGY, PROFESSIONALS, ORGANISATIONS, MANDATES, INSTITUTIONS, MOBILISED,
      NON_PROFESSIONALS, RECIPROCAL, PROFESSIONALS_SUPPORTING, FORMALISED, NOT_FORMALISED, COMMON_PROJECT,
      NO_COMMON_PROJECT, FORMAL, INFORMAL);

  private FormClassifier() {}

  /**
   * Classifies a network.
   *
   * @param network any network
   * @param settings the date and the threshold
   * @return the classification
   */
  public static Classification classify(Network network, AnalysisSettings settings) {
    Facts facts = new Facts(network, settings.date());
    List<FormScore> forms = new ArrayList<>(List.of(
        FormScore.of(NetworkForm.PAIRING, List.of(facts.person(1), facts.twoProfessionals(4),
            facts.twoOrganisations(1), facts.twoMandates(1))),
        FormScore.of(NetworkForm.INTER_INSTITUTIONAL, List.of(facts.theme(2), facts.territory(2),
            facts.institutions(2))),
        FormScore.of(NetworkForm.NETWORK_INTERVENTION, List.of(facts.person(2), facts.mobilised(3))),
        FormScore.of(NetworkForm.MUTUAL_AID, List.of(facts.noPerson(1), facts.nonProfessionals(1, 2),
            facts.reciprocal(2), facts.professionalsOnlyFacilitate(1))),
        FormScore.of(NetworkForm.COLLECTIVE, List.of(facts.strategy(4), facts.institutions(2)))));
    forms.sort(Comparator.comparingDouble((FormScore f) -> -f.score()).thenComparing(FormScore::form));
    return Classification.builder().network(network.id()).date(settings.date())
        .threshold(settings.formThreshold()).forms(forms)
        .partnershipFeatures(List.of(facts.professionalsOnly(2), facts.formalised(2), facts.commonProject(1),
            facts.formality(1, Formality.FORMAL)))
        .networkFeatures(List.of(facts.person(2), facts.nonProfessionals(1, 1), facts.mobilised(1),
            facts.formality(1, Formality.INFORMAL)))
        .multiProfessionalFollowUp(facts.person.isPresent() && facts.professionals.size() >= 2
            && facts.mobilised.isEmpty())
        .build();
  }

  /** What the features read from the network on the date, gathered once. */
  private static final class Facts {
    private final Network network;
    private final LocalDate date;
    private final Optional<MemberId> person;
    private final List<Professional> professionals;
    private final List<Member> nonProfessionals;
    private final List<PrimaryMember> mobilised;
    /** The ids of each list, joined once: several features cite the same members. */
    private final String professionalIds;
    private final String nonProfessionalIds;

    Facts(Network network, LocalDate date) {
      this.network = network;
      this.date = date;
      this.person = network.focalPerson().map(Person::id);
      this.professionals = network.professionalsOn(date);
      List<Member> current = network.currentMembers(date);
      this.nonProfessionals = new ArrayList<>(current.size() - professionals.size());
      for (int i = 0; i < current.size(); i++) {
        if (!(current.get(i) instanceof Professional)) {
          nonProfessionals.add(current.get(i));
        }
      }
      this.mobilised = network.mobilisedPrimaryMembers(date);
      this.professionalIds = ids(professionals);
      this.nonProfessionalIds = ids(nonProfessionals);
    }

    Feature person(double weight) {
      return person.isPresent()
          ? Feature.of(Message.of(PERSON, ImmutableMap.of("person", person.get())), weight, 1)
          : Feature.of(Message.of(NO_PERSON), weight, 0);
    }

    Feature noPerson(double weight) {
      return person.isPresent()
          ? Feature.of(Message.of(PERSON_NOT_WANTED, ImmutableMap.of("person", person.get())), weight, 0)
          : Feature.of(Message.of(NO_PERSON), weight, 1);
    }

    Feature twoProfessionals(double weight) {
      return Feature.of(count(PROFESSIONALS, professionals.size(), professionalIds), weight,
          professionals.size() == 2 ? 1 : 0);
    }

    /** Met when the two professionals of a pairing work in two different organisations. */
    Feature twoOrganisations(double weight) {
      Set<OrganisationId> organisations = new LinkedHashSet<>();
      for (Professional professional : professionals) {
        professional.organisation().ifPresent(organisations::add);
      }
      boolean met = professionals.size() == 2 && organisations.size() == 2;
      return Feature.of(Message.of(ORGANISATIONS, ImmutableMap.of("count", organisations.size(),
          "organisations", join(organisations))), weight, met ? 1 : 0);
    }

    /** Met when the two professionals of a pairing act under two mandates with different references. */
    Feature twoMandates(double weight) {
      int distinct = 0;
      List<org.maillage.member.Mandate> seen = new ArrayList<>();
      for (Professional professional : professionals) {
        if (professional.mandate().isPresent()) {
          org.maillage.member.Mandate mandate = professional.mandate().get();
          if (seen.stream().noneMatch(mandate::isSameAs)) {
            distinct++;
          }
          seen.add(mandate);
        }
      }
      boolean met = professionals.size() == 2 && seen.size() == 2 && distinct == 2;
      return Feature.of(count(MANDATES, distinct, ""), weight, met ? 1 : 0);
    }

    Feature theme(double weight) {
      return Feature.of(Message.of(network.theme().isPresent() ? THEME : NO_THEME), weight,
          network.theme().isPresent() ? 1 : 0);
    }

    Feature territory(double weight) {
      return Feature.of(Message.of(network.territory().isPresent() ? TERRITORY : NO_TERRITORY), weight,
          network.territory().isPresent() ? 1 : 0);
    }

    Feature strategy(double weight) {
      return Feature.of(Message.of(network.strategy().isPresent() ? STRATEGY : NO_STRATEGY), weight,
          network.strategy().isPresent() ? 1 : 0);
    }

    /** Met from two institutions taking part (DOMAIN.md §2), partners in their own right included. */
    Feature institutions(double weight) {
      Set<OrganisationId> staffed = new HashSet<>();
      Set<OrganisationId> institutions = new LinkedHashSet<>();
      for (Professional professional : network.professionals()) {
        professional.organisation().ifPresent(staffed::add);
        if (professional.isCurrentOn(date)) {
          network.institutionOf(professional).ifPresent(institutions::add);
        }
      }
      for (Organisation organisation : network.organisations()) {
        if (!staffed.contains(organisation.id())) {
          institutions.add(organisation.institution());
        }
      }
      return Feature.of(Message.of(INSTITUTIONS, ImmutableMap.of("count", institutions.size(),
          "institutions", join(institutions))), weight, institutions.size() >= 2 ? 1 : 0);
    }


    Feature mobilised(double weight) {
      return Feature.of(count(MOBILISED, mobilised.size(), ids(mobilised)), weight, mobilised.isEmpty() ? 0 : 1);
    }


    Feature nonProfessionals(double weight, int atLeast) {
      return Feature.of(count(NON_PROFESSIONALS, nonProfessionals.size(), nonProfessionalIds), weight,
          nonProfessionals.size() >= atLeast ? 1 : 0);
    }

    /** Met when no current member but professionals: the parties of a partnership are professionals only. */
    Feature professionalsOnly(double weight) {
      return Feature.of(count(NON_PROFESSIONALS, nonProfessionals.size(), nonProfessionalIds), weight,
          nonProfessionals.isEmpty() && !professionals.isEmpty() ? 1 : 0);
    }

    /** The share of the non-professional members who both give and receive support (0 when there are none). */
    Feature reciprocal(double weight) {
      int both = 0;
      for (Member member : nonProfessionals) {
        if (network.givesSupport(member.id(), date) && network.receivesSupport(member.id(), date)) {
          both++;
        }
      }
      double share = nonProfessionals.isEmpty() ? 0 : (double) both / nonProfessionals.size();
      return Feature.of(Message.of(RECIPROCAL, ImmutableMap.of("count", both, "of", nonProfessionals.size())),
          weight, share);
    }

    /** Met when no professional gives or receives support: in mutual aid, professionals only facilitate. */
    Feature professionalsOnlyFacilitate(double weight) {
      List<Professional> supporting = new ArrayList<>();
      for (Professional professional : professionals) {
        if (network.givesSupport(professional.id(), date) || network.receivesSupport(professional.id(), date)) {
          supporting.add(professional);
        }
      }
      return Feature.of(count(PROFESSIONALS_SUPPORTING, supporting.size(), ids(supporting)), weight,
          supporting.isEmpty() ? 1 : 0);
    }

    Feature formalised(double weight) {
      Optional<Partnership> partnership = network.partnership();
      boolean charter = partnership.isPresent() && partnership.get().charter().isPresent();
      boolean convention = partnership.isPresent() && partnership.get().convention().isPresent();
      return charter || convention
          ? Feature.of(Message.of(FORMALISED), weight, 1)
          : Feature.of(Message.of(NOT_FORMALISED), weight, 0);
    }

    Feature commonProject(double weight) {
      boolean project = network.partnership().isPresent() && network.partnership().get().commonProject().isPresent();
      return Feature.of(Message.of(project ? COMMON_PROJECT : NO_COMMON_PROJECT), weight, project ? 1 : 0);
    }

    Feature formality(double weight, Formality wanted) {
      Formality formality = network.formality();
      return Feature.of(Message.of(formality == Formality.FORMAL ? FORMAL : INFORMAL), weight,
          formality == wanted ? 1 : 0);
    }

    private static Message count(String key, int count, String ids) {
      return Message.of(key, ImmutableMap.of("count", count, "ids", ids));
    }

    /** The ids, comma-separated, or "-" for none. */
    private static String ids(List<? extends Member> members) {
      return members.isEmpty() ? "-" : members.stream().map(m -> m.id().value()).collect(Collectors.joining(", "));
    }

    /** The ids, comma-separated, or "-" for none. */
    private static String join(Set<OrganisationId> organisations) {
      return organisations.isEmpty() ? "-"
          : organisations.stream().map(OrganisationId::value).collect(Collectors.joining(", "));
    }
  }
}
