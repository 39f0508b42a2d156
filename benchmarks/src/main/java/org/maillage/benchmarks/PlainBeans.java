package org.maillage.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * The same network as a plain Jakarta Validation bean graph: field constraints only (null, blank, sizes, ranges,
 * dates not in the future) and cascading {@code @Valid}, the kind of model a case system would annotate. The
 * {@link HandWrittenChecks} make exactly the same checks, one violation for one failed constraint.
 */
final class PlainBeans {
  static final int ID = 64;
  static final int TEXT = 200;
  static final int CODE = 32;

  private PlainBeans() {}

  /**
   * Builds the bean graph of a network's records.
   *
   * @param network the records
   * @return the root bean
   */
  static NetworkBean of(NetworkRecord network) {
    return new NetworkBean(network);
  }

  private static <R, B> List<B> beans(List<R> records, Function<R, B> bean) {
    if (records == null) {
      return null;
    }
    List<B> beans = new ArrayList<>(records.size());
    for (R r : records) {
      beans.add(r == null ? null : bean.apply(r));
    }
    return beans;
  }

  /** The network. */
  static final class NetworkBean {
    @NotBlank @Size(max = ID) private final String id;
    @NotNull @PastOrPresent private final LocalDate created;
    @NotBlank private final String formality;
    @NotNull @Valid private final PersonBean person;
    @NotNull @Valid private final GovernanceBean governance;
    @NotNull @Size(min = 1) private final List<@NotNull @Valid OrganisationBean> organisations;
    @NotNull @Size(min = 1) private final List<@NotNull @Valid MemberBean> members;
    @NotNull private final List<@NotNull @Valid TieBean> ties;
    @NotNull private final List<@NotNull @Valid MeetingBean> meetings;
    @NotNull private final List<@NotNull @Valid FlowBean> flows;
    @NotNull @Size(max = 50) private final List<@NotNull @Valid ObjectiveBean> objectives;
    @NotNull private final List<@NotNull @Valid ReferentBean> referents;
    @NotNull private final List<@NotNull @PastOrPresent LocalDate> evaluations;

    NetworkBean(NetworkRecord r) {
      id = r.id();
      created = r.created();
      formality = r.formality();
      person = r.person() == null ? null : new PersonBean(r.person());
      governance = r.governance() == null ? null : new GovernanceBean(r.governance());
      organisations = beans(r.organisations(), OrganisationBean::new);
      members = beans(r.members(), MemberBean::new);
      ties = beans(r.ties(), TieBean::new);
      meetings = beans(r.meetings(), MeetingBean::new);
      flows = beans(r.flows(), FlowBean::new);
      objectives = beans(r.objectives(), ObjectiveBean::new);
      referents = beans(r.referents(), ReferentBean::new);
      evaluations = r.evaluations() == null ? null : new ArrayList<>(r.evaluations());
    }
  }

  /** The focal person. */
  static final class PersonBean {
    @NotBlank @Size(max = ID) private final String id;
    @NotBlank private final String lifeStage;
    @NotNull @Size(min = 1, max = 10) private final List<@NotBlank String> needSpheres;
    @NotNull private final List<@NotNull @Valid StrengthBean> strengths;
    @NotNull private final List<@NotNull @Valid AgreementBean> agreements;

    PersonBean(PersonRecord r) {
      id = r.id();
      lifeStage = r.lifeStage();
      needSpheres = r.needSpheres();
      strengths = beans(r.strengths(), StrengthBean::new);
      agreements = beans(r.agreements(), AgreementBean::new);
    }
  }

  /** A strength of the person. */
  static final class StrengthBean {
    @NotBlank private final String kind;
    @Size(max = ID) private final String sphere;

    StrengthBean(StrengthRecord r) {
      kind = r.kind();
      sphere = r.sphere();
    }
  }

  /** An agreement. */
  static final class AgreementBean {
    @NotBlank @Size(max = ID) private final String by;
    @NotNull @PastOrPresent private final LocalDate given;

    AgreementBean(AgreementRecord r) {
      by = r.by();
      given = r.given();
    }
  }

  /** The governance. */
  static final class GovernanceBean {
    @Size(max = TEXT) private final String place;
    @NotNull private final List<@NotBlank String> communicationTools;
    @Size(max = TEXT) private final String facilitation;
    @Size(max = TEXT) private final String traces;
    @PastOrPresent private final LocalDate charterAdopted;

    GovernanceBean(GovernanceRecord r) {
      place = r.place();
      communicationTools = r.communicationTools();
      facilitation = r.facilitation();
      traces = r.traces();
      charterAdopted = r.charterAdopted();
    }
  }

  /** An organisation. */
  static final class OrganisationBean {
    @NotBlank @Size(max = ID) private final String id;
    @NotBlank private final String kind;
    @NotBlank private final String sector;
    @Size(max = ID) private final String parent;

    OrganisationBean(OrganisationRecord r) {
      id = r.id();
      kind = r.kind();
      sector = r.sector();
      parent = r.parent();
    }
  }

  /** A member. */
  static final class MemberBean {
    @NotBlank @Size(max = ID) private final String id;
    @NotBlank private final String kind;
    @NotBlank private final String sector;
    @NotBlank private final String horizon;
    @NotNull @PastOrPresent private final LocalDate joined;
    @Min(1) @Max(16) private final int involvementPeriods;
    @Size(max = CODE) private final String relation;
    @Size(max = ID) private final String organisation;
    @NotNull private final List<@NotNull @Valid CompetenceBean> competences;
    @Size(max = TEXT) private final String delegation;

    MemberBean(MemberRecord r) {
      id = r.id();
      kind = r.kind();
      sector = r.sector();
      horizon = r.horizon();
      joined = r.joined();
      involvementPeriods = r.involvementPeriods();
      relation = r.relation();
      organisation = r.organisation();
      competences = beans(r.competences(), CompetenceBean::new);
      delegation = r.delegation();
    }
  }

  /** A competence. */
  static final class CompetenceBean {
    @NotBlank @Size(max = TEXT) private final String role;
    @NotNull @Size(min = 1) private final List<@NotBlank String> spheres;

    CompetenceBean(CompetenceRecord r) {
      role = r.role();
      spheres = r.spheres();
    }
  }

  /** A tie. */
  static final class TieBean {
    @NotBlank @Size(max = ID) private final String id;
    @NotBlank private final String first;
    @NotBlank private final String second;
    @NotBlank private final String nature;
    @NotBlank private final String quality;
    @Min(0) @Max(5) private final int multiplexity;
    @NotNull @Size(max = 5) private final List<@NotNull @Valid SupportBean> supports;

    TieBean(TieRecord r) {
      id = r.id();
      first = r.first();
      second = r.second();
      nature = r.nature();
      quality = r.quality();
      multiplexity = r.multiplexity();
      supports = beans(r.supports(), SupportBean::new);
    }
  }

  /** A support along a tie. */
  static final class SupportBean {
    @NotBlank private final String type;
    @NotBlank private final String direction;

    SupportBean(SupportRecord r) {
      type = r.type();
      direction = r.direction();
    }
  }

  /** A meeting. */
  static final class MeetingBean {
    @NotBlank @Size(max = ID) private final String id;
    @NotNull @PastOrPresent private final LocalDate date;
    @NotNull @Size(min = 1) private final List<@NotBlank String> participants;
    @Size(max = ID) private final String facilitator;

    MeetingBean(MeetingRecord r) {
      id = r.id();
      date = r.date();
      participants = r.participants();
      facilitator = r.facilitator();
    }
  }

  /** A flow of information. */
  static final class FlowBean {
    @NotBlank @Size(max = ID) private final String id;
    @NotBlank private final String sender;
    @NotNull @Size(min = 1) private final List<@NotBlank String> recipients;
    @NotBlank private final String about;
    @NotNull @PastOrPresent private final LocalDate date;
    @NotBlank private final String mode;
    @Valid private final PurposeBean purpose;
    @NotNull @Size(min = 1) private final List<@NotBlank String> categories;

    FlowBean(FlowRecord r) {
      id = r.id();
      sender = r.sender();
      recipients = r.recipients();
      about = r.about();
      date = r.date();
      mode = r.mode();
      purpose = r.purpose() == null ? null : new PurposeBean(r.purpose());
      categories = r.categories();
    }
  }

  /** The purpose of a flow. */
  static final class PurposeBean {
    @NotBlank private final String kind;
    @NotNull @Size(min = 1) private final List<@NotBlank String> needs;

    PurposeBean(PurposeRecord r) {
      kind = r.kind();
      needs = r.needs();
    }
  }

  /** An objective. */
  static final class ObjectiveBean {
    @NotBlank @Size(max = ID) private final String id;
    @NotBlank private final String sphere;
    @NotNull @Size(min = 1) private final List<@NotBlank String> participation;
    @NotNull @Size(min = 1) private final List<@NotBlank @Size(max = ID) String> meansHolders;

    ObjectiveBean(ObjectiveRecord r) {
      id = r.id();
      sphere = r.sphere();
      participation = r.participation();
      meansHolders = r.meansHolders();
    }
  }

  /** A référent designation. */
  static final class ReferentBean {
    @NotBlank @Size(max = ID) private final String professional;
    @NotNull @PastOrPresent private final LocalDate from;

    ReferentBean(ReferentRecord r) {
      professional = r.professional();
      from = r.from();
    }
  }
}
