package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.MemberId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.TieId;
import org.maillage.member.Mandate;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.ConcertedStrategy;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.StrategyKind;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;

/**
 * Networks that declare one form and satisfy its definition (DOMAIN.md §2) on a date: a generic network of
 * a suitable kind is generated first, then what the definition needs is added to it, never filtered for.
 */
final class Conformance {
  private Conformance() {}

  /**
   * Returns networks that declare one form and satisfy its definition on a date.
   *
   * @param form the form
   * @param asOf the date judged
   * @return conforming networks
   */
  static Gen<Network> conformingTo(NetworkForm form, LocalDate asOf) {
    switch (form) {
      case PAIRING:
        return pairing(asOf);
      case INTER_INSTITUTIONAL:
        return interInstitutional(asOf);
      case NETWORK_INTERVENTION:
        return networkIntervention(asOf);
      case MUTUAL_AID:
        return mutualAid(asOf);
      case COLLECTIVE:
        return collective(asOf);
      default:
        throw new AssertionError(form);
    }
  }

  private static Gen<Network> base(Gen<Recipe> recipes, LocalDate asOf) {
    return recipes.flatMap(r -> Cast.of(r, asOf, Texts.SOMETIMES)).flatMap(Relations::network);
  }

  private static Network declaring(Network.Builder builder, NetworkForm form) {
    return builder.forms(Set.of(form)).build();
  }

  // ---- pairing: exactly two current professionals, two organisations, two mandates, one person --------

  private static Gen<Network> pairing(LocalDate asOf) {
    Gen<Recipe> recipes = Recipe.of(Recipe.Kind.PERSON_CENTRED)
        .map(r -> r.withAtMostProfessionals(2).withoutCurrentProfessionals());
    return base(recipes, asOf).flatMap(n -> Gen.combine(
            partners(asOf, "pair", Gen.of(OrganisationKind.class), Gen.booleans()),
            Templates.mandates(Texts.SOMETIMES), Templates.mandates(Texts.SOMETIMES),
            Gen.of(TieNature.COLLABORATION, TieNature.INFORMATION).optional(0.5))
        .as((pair, ma, mb, tie) -> {
          Professional a = Professional.builder().from(pair.professionals().get(0))
              .mandate(Mandate.of(ma.kind(), "A-" + ma.reference())).build();
          Professional b = Professional.builder().from(pair.professionals().get(1))
              .mandate(Mandate.of(mb.kind(), "B-" + mb.reference())).build();
          Network.Builder builder = Network.builder().from(n).addAllOrganisations(pair.organisations())
              .addMembers(a, b);
          tie.ifPresent(nature -> builder.addTie(Tie.builder().id(TieId.of("t-pair")).first(a.id()).second(b.id())
              .nature(nature).build()));
          return declaring(builder, NetworkForm.PAIRING);
        }));
  }

  /**
   * Two professionals and the two organisations they work in.
   *
   * @param professionals the two professionals, the first in the first organisation
   * @param organisations the two organisations
   */
  private record Partners(List<Professional> professionals, List<Organisation> organisations) {}

  /**
   * Returns two current professionals and the two organisations they work in; with {@code oneInstitution},
   * the organisations may share a parent body, else their institutions differ.
   *
   * @param asOf the date on which the professionals are current
   * @param tag the tag in the ids made ({@code o-TAG-a}, {@code pro-TAG-b})
   * @param firstKind the kinds of the first organisation
   * @param oneInstitution whether the two organisations share a parent body
   * @return the partners
   */
  private static Gen<Partners> partners(
      LocalDate asOf, String tag, Gen<OrganisationKind> firstKind, Gen<Boolean> oneInstitution) {
    var professional = Templates.professional(Histories.of(asOf, Presence.CURRENT), Texts.SOMETIMES, asOf);
    var organisation = Templates.organisation(Texts.SOMETIMES);
    Gen<OrganisationKind> secondKind = Gen.of(OrganisationKind.class);
    return random -> {
      var pa = professional.next(random);
      var pb = professional.next(random);
      var oa = organisation.next(random);
      var ob = organisation.next(random);
      OrganisationKind ka = firstKind.next(random);
      OrganisationKind kb = secondKind.next(random);
      boolean shared = oneInstitution.next(random);
      OrganisationId a = OrganisationId.of("o-" + tag + "-a");
      OrganisationId b = OrganisationId.of("o-" + tag + "-b");
      List<OrganisationId> parentsOfA = List.of(OrganisationId.of("inst-" + tag + (shared ? "" : "-a")));
      List<OrganisationId> parentsOfB = List.of(OrganisationId.of("inst-" + tag + (shared ? "" : "-b")));
      Organisation orgA = Organisation.builder().from(oa.apply(a, parentsOfA)).kind(ka).build();
      Organisation orgB = Organisation.builder().from(ob.apply(b, parentsOfB)).kind(kb).build();
      Professional proA = Professional.builder().from(pa.apply(MemberId.of("pro-" + tag + "-a"), List.of(a)))
          .organisation(a).build();
      Professional proB = Professional.builder().from(pb.apply(MemberId.of("pro-" + tag + "-b"), List.of(b)))
          .organisation(b).build();
      return new Partners(List.of(proA, proB), List.of(orgA, orgB));
    };
  }

  // ---- inter-institutional: two institutions, a theme and a territory --------------------------------

  private static Gen<Network> interInstitutional(LocalDate asOf) {
    Gen<Recipe> recipes = Gen.frequencyOf(
        Weighted.of(70, Recipe.of(Recipe.Kind.INTER_SERVICE)),
        Weighted.of(15, Recipe.of(Recipe.Kind.PERSON_CENTRED)),
        Weighted.of(15, Recipe.of(Recipe.Kind.COLLECTIVE)));
    return base(recipes, asOf).flatMap(n -> Gen.combine(
            partners(asOf, "ii", Gen.of(OrganisationKind.class), Gen.just(false)),
            Texts.SOMETIMES.text("theme"), Texts.SOMETIMES.text("territory"))
        .as((pair, theme, territory) -> declaring(Network.builder().from(n)
            .addAllOrganisations(pair.organisations()).addAllMembers(pair.professionals()).theme(theme)
            .territory(territory),
            NetworkForm.INTER_INSTITUTIONAL)));
  }

  // ---- collective: two partners and a concerted strategy ---------------------------------------------

  private static Gen<Network> collective(LocalDate asOf) {
    Gen<Recipe> recipes = Gen.frequencyOf(
        Weighted.of(70, Recipe.of(Recipe.Kind.COLLECTIVE)), Weighted.of(30, Recipe.of(Recipe.Kind.INTER_SERVICE)));
    Gen<OrganisationKind> firstKind = Gen.frequencyOf(
        Weighted.of(1, Gen.just(OrganisationKind.ASSOCIATION_OF_INHABITANTS_OR_USERS)),
        Weighted.of(1, Gen.of(OrganisationKind.class)));
    return base(recipes, asOf).flatMap(n -> Gen.combine(
            partners(asOf, "co", firstKind, Gen.just(false)),
            Gen.of(StrategyKind.class), Texts.SOMETIMES.text("strategy"))
        .as((pair, kind, statement) -> declaring(Network.builder().from(n)
            .addAllOrganisations(pair.organisations()).addAllMembers(pair.professionals())
            .strategy(ConcertedStrategy.of(kind, statement)),
            NetworkForm.COLLECTIVE)));
  }

  // ---- network intervention: a focal person and a mobilised primary member ---------------------------

  private static Gen<Network> networkIntervention(LocalDate asOf) {
    MemberId id = MemberId.of("pm-mobilised");
    Gen<PrimaryMember> mobilised = Templates.primaryMember(Histories.of(asOf, Presence.CURRENT), Texts.SOMETIMES)
        .map(t -> PrimaryMember.builder().from(t.apply(id)).alive(true).reachable(true).dormant(false).build());
    Gen<Integer> how = Gen.of(0, 1, 2); // a tie giving support, a means, or both
    Gen<SupportType> supportTypes = Gen.of(SupportType.class);
    Gen<Boolean> booleans = Gen.booleans();
    Gen<ImmutableMap<SupportType, SupportDirection>> otherSupports = Relations.supports();
    Gen<TieNature> natures = Gen.of(TieNature.class);
    return base(Recipe.of(Recipe.Kind.PERSON_CENTRED), asOf).flatMap(n -> random -> {
      PrimaryMember member = mobilised.next(random);
      int way = how.next(random);
      SupportType support = supportTypes.next(random);
      boolean memberFirst = booleans.next(random);
      boolean mutual = booleans.next(random);
      ImmutableMap<SupportType, SupportDirection> others = otherSupports.next(random);
      TieNature nature = natures.next(random);
      Network.Builder builder = Network.builder().from(n).addMember(member);
      MemberId person = n.focalPerson().orElseThrow().id();
      if (way != 1) {
        Map<SupportType, SupportDirection> supports = new LinkedHashMap<>(others);
        SupportDirection given = memberFirst ? SupportDirection.FROM_FIRST : SupportDirection.FROM_SECOND;
        supports.put(support, mutual ? SupportDirection.MUTUAL : given);
        builder.addTie(Tie.builder().id(TieId.of("t-mobilised"))
            .first(memberFirst ? member.id() : person).second(memberFirst ? person : member.id())
            .nature(nature).quality(TieQuality.STRONG).supports(ImmutableMap.copyOf(supports)).build());
      }
      if (way != 0) {
        PersonalisedProject project = n.project().orElse(PersonalisedProject.builder().build());
        builder.project(PersonalisedProject.builder().from(project).addObjective(Objective.builder()
            .id(ObjectiveId.of("obj-mobilised")).sphere(org.maillage.person.LifeSphere.DAILY_LIVING)
            .addMeans(Means.of(member.id())).build()).build());
      }
      return declaring(builder, NetworkForm.NETWORK_INTERVENTION);
    });
  }

  // ---- mutual aid: every current non-professional gives and receives, professionals neither ----------

  /**
   * One link of the mutual-aid ring.
   *
   * @param type the support given
   * @param direction 0: the giver first, 1: the receiver first, 2: mutual
   */
  private record Link(SupportType type, int direction) {}

  private static Gen<Network> mutualAid(LocalDate asOf) {
    return base(Recipe.of(Recipe.Kind.MUTUAL_AID), asOf).flatMap(n -> {
      List<MemberId> exchanging = new ArrayList<>();
      for (Member m : n.currentMembers(asOf)) {
        if (!(m instanceof Professional)) {
          exchanging.add(m.id());
        }
      }
      int missing = Math.max(0, 2 - exchanging.size());
      var added = Templates.participant(Histories.of(asOf, Presence.CURRENT), Texts.SOMETIMES).list().ofSize(missing);
      return added.flatMap(templates -> {
        List<Member> newcomers = new ArrayList<>();
        List<MemberId> ring = new ArrayList<>(exchanging);
        for (int i = 0; i < templates.size(); i++) {
          Member m = templates.get(i).apply(MemberId.of("pt-ma-" + i));
          newcomers.add(m);
          ring.add(m.id());
        }
        Gen<Link> link = Gen.combine(Gen.of(SupportType.class), Gen.of(0, 1, 2)).as(Link::new);
        return link.list().ofSize(ring.size()).map(links -> {
          List<Tie> ties = new ArrayList<>();
          for (Tie t : n.ties()) {
            boolean professional = n.member(t.first()).orElse(null) instanceof Professional
                || n.member(t.second()).orElse(null) instanceof Professional;
            ties.add(professional ? Tie.builder().from(t).supports(ImmutableMap.of()).build() : t);
          }
          for (int i = 0; i < ring.size(); i++) {
            MemberId giver = ring.get(i);
            MemberId receiver = ring.get((i + 1) % ring.size());
            SupportType type = links.get(i).type();
            Tie.Builder tie = Tie.builder().id(TieId.of("t-ring-" + i)).nature(TieNature.SUPPORT);
            switch (links.get(i).direction()) {
              case 0 -> tie.first(giver).second(receiver).putSupport(type, SupportDirection.FROM_FIRST);
              case 1 -> tie.first(receiver).second(giver).putSupport(type, SupportDirection.FROM_SECOND);
              default -> tie.first(giver).second(receiver).putSupport(type, SupportDirection.MUTUAL);
            }
            ties.add(tie.build());
          }
          return declaring(Network.builder().from(n).addAllMembers(newcomers).ties(ImmutableList.copyOf(ties)),
              NetworkForm.MUTUAL_AID);
        });
      });
    });
  }
}
