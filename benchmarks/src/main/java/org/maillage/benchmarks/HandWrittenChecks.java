package org.maillage.benchmarks;

import static org.maillage.benchmarks.PlainBeans.CODE;
import static org.maillage.benchmarks.PlainBeans.ID;
import static org.maillage.benchmarks.PlainBeans.TEXT;

import java.time.LocalDate;
import java.util.List;
import org.maillage.benchmarks.PlainRecords.AgreementRecord;
import org.maillage.benchmarks.PlainRecords.CompetenceRecord;
import org.maillage.benchmarks.PlainRecords.FlowRecord;
import org.maillage.benchmarks.PlainRecords.GovernanceRecord;
import org.maillage.benchmarks.PlainRecords.MeetingRecord;
import org.maillage.benchmarks.PlainRecords.MemberRecord;
import org.maillage.benchmarks.PlainRecords.NetworkRecord;
import org.maillage.benchmarks.PlainRecords.ObjectiveRecord;
import org.maillage.benchmarks.PlainRecords.OrganisationRecord;
import org.maillage.benchmarks.PlainRecords.PersonRecord;
import org.maillage.benchmarks.PlainRecords.PurposeRecord;
import org.maillage.benchmarks.PlainRecords.ReferentRecord;
import org.maillage.benchmarks.PlainRecords.StrengthRecord;
import org.maillage.benchmarks.PlainRecords.SupportRecord;
import org.maillage.benchmarks.PlainRecords.TieRecord;

/**
 * The field checks of {@link PlainBeans}, written by hand as one pass over {@link PlainRecords}: the fastest a
 * field check can be. Each method returns the number of violations, counted as Jakarta Validation counts them
 * (one per failed constraint; {@code @NotBlank} fails on null, {@code @Size} and {@code @PastOrPresent} accept
 * null). Indexed loops and no boxing: nothing is allocated when every check passes.
 */
final class HandWrittenChecks {
  private HandWrittenChecks() {}

  /**
   * Counts the violations in a network.
   *
   * @param n the network
   * @param asOf the date {@code @PastOrPresent} judges by
   * @return the number of violations, 0 for a network that passes every check
   */
  static int violations(NetworkRecord n, LocalDate asOf) {
    int v = notBlank(n.id()) + maxLength(n.id(), ID) + pastOrPresentNotNull(n.created(), asOf)
        + notBlank(n.formality());
    v += n.person() == null ? 1 : person(n.person(), asOf);
    v += n.governance() == null ? 1 : governance(n.governance(), asOf);

    List<OrganisationRecord> organisations = n.organisations();
    if (organisations == null) {
      v++;
    } else {
      v += organisations.isEmpty() ? 1 : 0;
      for (int i = 0, size = organisations.size(); i < size; i++) {
        OrganisationRecord o = organisations.get(i);
        v += o == null ? 1 : notBlank(o.id()) + maxLength(o.id(), ID) + notBlank(o.kind()) + notBlank(o.sector())
            + maxLength(o.parent(), ID);
      }
    }
    List<MemberRecord> members = n.members();
    if (members == null) {
      v++;
    } else {
      v += members.isEmpty() ? 1 : 0;
      for (int i = 0, size = members.size(); i < size; i++) {
        MemberRecord m = members.get(i);
        v += m == null ? 1 : member(m, asOf);
      }
    }
    List<TieRecord> ties = n.ties();
    if (ties == null) {
      v++;
    } else {
      for (int i = 0, size = ties.size(); i < size; i++) {
        TieRecord t = ties.get(i);
        v += t == null ? 1 : tie(t);
      }
    }
    List<MeetingRecord> meetings = n.meetings();
    if (meetings == null) {
      v++;
    } else {
      for (int i = 0, size = meetings.size(); i < size; i++) {
        MeetingRecord m = meetings.get(i);
        v += m == null ? 1 : notBlank(m.id()) + maxLength(m.id(), ID) + pastOrPresentNotNull(m.date(), asOf)
            + nonEmptyOfNotBlank(m.participants()) + maxLength(m.facilitator(), ID);
      }
    }
    List<FlowRecord> flows = n.flows();
    if (flows == null) {
      v++;
    } else {
      for (int i = 0, size = flows.size(); i < size; i++) {
        FlowRecord f = flows.get(i);
        v += f == null ? 1 : flow(f, asOf);
      }
    }
    List<ObjectiveRecord> objectives = n.objectives();
    if (objectives == null) {
      v++;
    } else {
      v += objectives.size() > 50 ? 1 : 0;
      for (int i = 0, size = objectives.size(); i < size; i++) {
        ObjectiveRecord o = objectives.get(i);
        v += o == null ? 1 : objective(o);
      }
    }
    List<ReferentRecord> referents = n.referents();
    if (referents == null) {
      v++;
    } else {
      for (int i = 0, size = referents.size(); i < size; i++) {
        ReferentRecord r = referents.get(i);
        v += r == null ? 1 : notBlank(r.professional()) + maxLength(r.professional(), ID)
            + pastOrPresentNotNull(r.from(), asOf);
      }
    }
    List<LocalDate> evaluations = n.evaluations();
    if (evaluations == null) {
      v++;
    } else {
      for (int i = 0, size = evaluations.size(); i < size; i++) {
        v += pastOrPresentNotNull(evaluations.get(i), asOf);
      }
    }
    return v;
  }

  private static int person(PersonRecord p, LocalDate asOf) {
    int v = notBlank(p.id()) + maxLength(p.id(), ID) + notBlank(p.lifeStage());
    List<String> spheres = p.needSpheres();
    if (spheres == null) {
      v++;
    } else {
      v += spheres.isEmpty() || spheres.size() > 10 ? 1 : 0;
      v += allNotBlank(spheres);
    }
    List<StrengthRecord> strengths = p.strengths();
    if (strengths == null) {
      v++;
    } else {
      for (int i = 0, size = strengths.size(); i < size; i++) {
        StrengthRecord s = strengths.get(i);
        v += s == null ? 1 : notBlank(s.kind()) + maxLength(s.sphere(), ID);
      }
    }
    List<AgreementRecord> agreements = p.agreements();
    if (agreements == null) {
      v++;
    } else {
      for (int i = 0, size = agreements.size(); i < size; i++) {
        AgreementRecord a = agreements.get(i);
        v += a == null ? 1 : notBlank(a.by()) + maxLength(a.by(), ID) + pastOrPresentNotNull(a.given(), asOf);
      }
    }
    return v;
  }

  private static int governance(GovernanceRecord g, LocalDate asOf) {
    int v = maxLength(g.place(), TEXT) + maxLength(g.facilitation(), TEXT) + maxLength(g.traces(), TEXT)
        + pastOrPresent(g.charterAdopted(), asOf);
    List<String> tools = g.communicationTools();
    return v + (tools == null ? 1 : allNotBlank(tools));
  }

  private static int member(MemberRecord m, LocalDate asOf) {
    int v = notBlank(m.id()) + maxLength(m.id(), ID) + notBlank(m.kind()) + notBlank(m.sector())
        + notBlank(m.horizon()) + pastOrPresentNotNull(m.joined(), asOf)
        + (m.involvementPeriods() < 1 ? 1 : 0) + (m.involvementPeriods() > 16 ? 1 : 0)
        + maxLength(m.relation(), CODE) + maxLength(m.organisation(), ID) + maxLength(m.delegation(), TEXT);
    List<CompetenceRecord> competences = m.competences();
    if (competences == null) {
      return v + 1;
    }
    for (int i = 0, size = competences.size(); i < size; i++) {
      CompetenceRecord c = competences.get(i);
      v += c == null ? 1 : notBlank(c.role()) + maxLength(c.role(), TEXT) + nonEmptyOfNotBlank(c.spheres());
    }
    return v;
  }

  private static int tie(TieRecord t) {
    int v = notBlank(t.id()) + maxLength(t.id(), ID) + notBlank(t.first()) + notBlank(t.second())
        + notBlank(t.nature()) + notBlank(t.quality())
        + (t.multiplexity() < 0 ? 1 : 0) + (t.multiplexity() > 5 ? 1 : 0);
    List<SupportRecord> supports = t.supports();
    if (supports == null) {
      return v + 1;
    }
    v += supports.size() > 5 ? 1 : 0;
    for (int i = 0, size = supports.size(); i < size; i++) {
      SupportRecord s = supports.get(i);
      v += s == null ? 1 : notBlank(s.type()) + notBlank(s.direction());
    }
    return v;
  }

  private static int flow(FlowRecord f, LocalDate asOf) {
    int v = notBlank(f.id()) + maxLength(f.id(), ID) + notBlank(f.sender()) + nonEmptyOfNotBlank(f.recipients())
        + notBlank(f.about()) + pastOrPresentNotNull(f.date(), asOf) + notBlank(f.mode())
        + nonEmptyOfNotBlank(f.categories());
    PurposeRecord p = f.purpose();
    if (p != null) {
      v += notBlank(p.kind()) + nonEmptyOfNotBlank(p.needs());
    }
    return v;
  }

  private static int objective(ObjectiveRecord o) {
    int v = notBlank(o.id()) + maxLength(o.id(), ID) + notBlank(o.sphere()) + nonEmptyOfNotBlank(o.participation());
    List<String> holders = o.meansHolders();
    if (holders == null) {
      return v + 1;
    }
    v += holders.isEmpty() ? 1 : 0;
    for (int i = 0, size = holders.size(); i < size; i++) {
      String h = holders.get(i);
      v += notBlank(h) + maxLength(h, ID);
    }
    return v;
  }

  /** {@code @NotNull @Size(min = 1) List<@NotBlank String>}. */
  private static int nonEmptyOfNotBlank(List<String> values) {
    if (values == null) {
      return 1;
    }
    return (values.isEmpty() ? 1 : 0) + allNotBlank(values);
  }

  private static int allNotBlank(List<String> values) {
    int v = 0;
    for (int i = 0, size = values.size(); i < size; i++) {
      v += notBlank(values.get(i));
    }
    return v;
  }

  /** {@code @NotBlank}: fails on null and when nothing is left once trimmed (as Hibernate Validator trims). */
  private static int notBlank(String s) {
    if (s == null) {
      return 1;
    }
    for (int i = 0, length = s.length(); i < length; i++) {
      if (s.charAt(i) > ' ') {
        return 0;
      }
    }
    return 1;
  }

  /** {@code @Size(max)} on a string: null passes. */
  private static int maxLength(String s, int max) {
    return s != null && s.length() > max ? 1 : 0;
  }

  /** {@code @NotNull @PastOrPresent}. */
  private static int pastOrPresentNotNull(LocalDate date, LocalDate asOf) {
    return date == null || date.isAfter(asOf) ? 1 : 0;
  }

  /** {@code @PastOrPresent}: null passes. */
  private static int pastOrPresent(LocalDate date, LocalDate asOf) {
    return date != null && date.isAfter(asOf) ? 1 : 0;
  }
}
