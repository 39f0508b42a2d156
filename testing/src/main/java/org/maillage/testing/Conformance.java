package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
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

  static Arbitrary<Network> conformingTo(NetworkForm form, LocalDate asOf) {
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

  private static Arbitrary<Network> base(Arbitrary<Recipe> recipes, LocalDate asOf) {
    return recipes.flatMap(r -> Cast.of(r, asOf, Texts.SOMETIMES)).flatMap(Relations::network);
  }

  private static Network declaring(Network.Builder builder, NetworkForm form) {
    return builder.forms(Set.of(form)).build();
  }

  // ---- pairing: exactly two current professionals, two organisations, two mandates, one person --------

  private static Arbitrary<Network> pairing(LocalDate asOf) {
    Arbitrary<Recipe> recipes = Recipe.of(Recipe.Kind.PERSON_CENTRED)
        .map(r -> r.withAtMostProfessionals(2).withoutCurrentProfessionals());
    return base(recipes, asOf).flatMap(n -> Combinators.combine(
            partners(asOf, "pair", Arbitraries.of(OrganisationKind.class), Arbitraries.of(true, false)),
            Templates.mandates(Texts.SOMETIMES), Templates.mandates(Texts.SOMETIMES),
            Arbitraries.of(TieNature.COLLABORATION, TieNature.INFORMATION).optional(0.5))
        .as((pair, ma, mb, tie) -> {
          Professional a = Professional.builder().from(pair.get1().get(0))
              .mandate(Mandate.of(ma.kind(), "A-" + ma.reference())).build();
          Professional b = Professional.builder().from(pair.get1().get(1))
              .mandate(Mandate.of(mb.kind(), "B-" + mb.reference())).build();
          Network.Builder builder = Network.builder().from(n).addAllOrganisations(pair.get2()).addMembers(a, b);
          tie.ifPresent(nature -> builder.addTie(Tie.builder().id(TieId.of("t-pair")).first(a.id()).second(b.id())
              .nature(nature).build()));
          return declaring(builder, NetworkForm.PAIRING);
        }));
  }

  /**
   * Returns two current professionals and the two organisations they work in; with {@code oneInstitution},
   * the organisations may share a parent body, else their institutions differ.
   */
  private static Arbitrary<Tuple2<List<Professional>, List<Organisation>>> partners(
      LocalDate asOf, String tag, Arbitrary<OrganisationKind> firstKind, Arbitrary<Boolean> oneInstitution) {
    var professional = Templates.professional(Histories.of(asOf, Presence.CURRENT), Texts.SOMETIMES, asOf);
    var organisation = Templates.organisation(Texts.SOMETIMES);
    return Combinators.combine(
            professional, professional, organisation, organisation, firstKind, Arbitraries.of(OrganisationKind.class),
            oneInstitution)
        .as((pa, pb, oa, ob, ka, kb, shared) -> {
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
          return Tuple.of(List.of(proA, proB), List.of(orgA, orgB));
        });
  }

  // ---- inter-institutional: two institutions, a theme and a territory --------------------------------

  private static Arbitrary<Network> interInstitutional(LocalDate asOf) {
    Arbitrary<Recipe> recipes = Arbitraries.frequencyOf(
        Tuple.of(70, Recipe.of(Recipe.Kind.INTER_SERVICE)),
        Tuple.of(15, Recipe.of(Recipe.Kind.PERSON_CENTRED)),
        Tuple.of(15, Recipe.of(Recipe.Kind.COLLECTIVE)));
    return base(recipes, asOf).flatMap(n -> Combinators.combine(
            partners(asOf, "ii", Arbitraries.of(OrganisationKind.class), Arbitraries.just(false)),
            Texts.SOMETIMES.text("theme"), Texts.SOMETIMES.text("territory"))
        .as((pair, theme, territory) -> declaring(Network.builder().from(n)
            .addAllOrganisations(pair.get2()).addAllMembers(pair.get1()).theme(theme).territory(territory),
            NetworkForm.INTER_INSTITUTIONAL)));
  }

  // ---- collective: two partners and a concerted strategy ---------------------------------------------

  private static Arbitrary<Network> collective(LocalDate asOf) {
    Arbitrary<Recipe> recipes = Arbitraries.frequencyOf(
        Tuple.of(70, Recipe.of(Recipe.Kind.COLLECTIVE)), Tuple.of(30, Recipe.of(Recipe.Kind.INTER_SERVICE)));
    Arbitrary<OrganisationKind> firstKind = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(OrganisationKind.ASSOCIATION_OF_INHABITANTS_OR_USERS)),
        Tuple.of(1, Arbitraries.of(OrganisationKind.class)));
    return base(recipes, asOf).flatMap(n -> Combinators.combine(
            partners(asOf, "co", firstKind, Arbitraries.just(false)),
            Arbitraries.of(StrategyKind.class), Texts.SOMETIMES.text("strategy"))
        .as((pair, kind, statement) -> declaring(Network.builder().from(n)
            .addAllOrganisations(pair.get2()).addAllMembers(pair.get1())
            .strategy(ConcertedStrategy.of(kind, statement)),
            NetworkForm.COLLECTIVE)));
  }

  // ---- network intervention: a focal person and a mobilised primary member ---------------------------

  private static Arbitrary<Network> networkIntervention(LocalDate asOf) {
    MemberId id = MemberId.of("pm-mobilised");
    Arbitrary<PrimaryMember> mobilised = Templates.primaryMember(Histories.of(asOf, Presence.CURRENT), Texts.SOMETIMES)
        .map(t -> PrimaryMember.builder().from(t.apply(id)).alive(true).reachable(true).dormant(false).build());
    Arbitrary<Integer> how = Arbitraries.of(0, 1, 2); // a tie giving support, a means, or both
    return base(Recipe.of(Recipe.Kind.PERSON_CENTRED), asOf).flatMap(n -> Combinators.combine(
            mobilised, how, Arbitraries.of(SupportType.class), Arbitraries.of(true, false), Arbitraries.of(true, false),
            Relations.supports(), Arbitraries.of(TieNature.class))
        .as((member, way, support, memberFirst, mutual, others, nature) -> {
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
        }));
  }

  // ---- mutual aid: every current non-professional gives and receives, professionals neither ----------

  private static Arbitrary<Network> mutualAid(LocalDate asOf) {
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
        Arbitrary<Tuple2<SupportType, Integer>> link =
            Combinators.combine(Arbitraries.of(SupportType.class), Arbitraries.of(0, 1, 2)).as(Tuple::of);
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
            SupportType type = links.get(i).get1();
            Tie.Builder tie = Tie.builder().id(TieId.of("t-ring-" + i)).nature(TieNature.SUPPORT);
            switch (links.get(i).get2()) {
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
