package org.maillage.core.sharing.fr;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.MeasureKind;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Recording;
import org.maillage.sharing.Regime;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.fr.FrenchLaw;
import org.maillage.sharing.fr.FrenchRegime;

/**
 * <i>Reports the law requires or permits</i> (DOMAIN.md §4, the first regime of step 0), for a flow marked as
 * a report: a concern about a child to the CRIP (CASF L226-2-1), a report of deprivation or abuse (Code pénal
 * 226-14, 434-3), a report to the judge who ordered a measure in progress (the measure's article). Each is
 * one named step: {@link #childConcern}, {@link #abuseReport}, {@link #reportToJudge}.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportRegime implements PolicyRegime<FrenchFlowView> {
  static final ReportRegime INSTANCE = new ReportRegime();

  private static final Set<RepresentationKind> PROTECTIVE = EnumSet.of(RepresentationKind.GUARDIANSHIP,
      RepresentationKind.CURATORSHIP, RepresentationKind.FAMILY_HABILITATION);

  private ReportRegime() {}

  @Override
  public Regime regime() {
    return FrenchRegime.REPORT;
  }

  /** Applies to a report whose own conditions the record shows: a minor, a vulnerable person, a mandate. */
  @Override
  public boolean applies(FrenchFlowView view, Grounds grounds) {
    ReportKind kind = view.flow().report().orElse(null);
    if (kind == null && !view.flow().authorities().isEmpty()) {
      // only a report the law requires or permits goes to an authority; no sharing regime reaches one: the
      // secret holds (CSP L1110-4) save the reports the law permits (Code pénal 226-14)
      grounds.basis(FrenchLaw.CSP_L1110_4);
      grounds.basis(FrenchLaw.CP_226_14);
      grounds.reason("report.authority-not-report");
      return true;
    }
    if (kind == null) {
      grounds.reason("report.none");
      return false;
    }
    MemberId about = view.about();
    switch (kind) {
      case CHILD_CONCERN -> {
        Person child = view.person();
        if (child == null || !child.lifeStageOn(view.date()).isMinor()) {
          grounds.reason("report.child-concern.not-minor", "person", about);
          return false;
        }
        grounds.basis(FrenchLaw.CASF_L226_2_1);
        grounds.reportBasis(ReportKind.CHILD_CONCERN, FrenchLaw.CASF_L226_2_1);
        grounds.reason("report.child-concern.applies", "person", about);
      }
      case ABUSE_REPORT -> {
        boolean minor = isMinor(view);
        Boolean unable = minor ? Boolean.TRUE : unableToProtect(view);
        if (Boolean.FALSE.equals(unable)) {
          grounds.reason("report.abuse.not-vulnerable", "person", about);
          return false;
        }
        grounds.basis(FrenchLaw.CP_226_14);
        if (unable == null) {
          // an adult neither recorded able nor unable to protect themselves, with no measure to show it
          view.unknown(CommonFact.UNABLE_TO_PROTECT_THEMSELVES, about);
          grounds.reason("report.abuse.vulnerability-not-recorded", "person", about);
          return true;
        }
        grounds.basis(FrenchLaw.CP_434_3);
        grounds.reportBasis(ReportKind.ABUSE_REPORT, FrenchLaw.CP_226_14, FrenchLaw.CP_434_3);
        grounds.reason(minor ? "report.abuse.applies-minor" : recordedUnable(view) ? "report.abuse.applies-unable"
            : "report.abuse.applies-vulnerable", "person", about);
      }
      case REPORT_TO_JUDGE -> {
        JudicialMeasure mandating = mandating(view, true);
        if (mandating == null) {
          JudicialMeasure elsewhere = mandating(view, false);
          if (elsewhere != null) {
            measureReason(view, grounds, "report.judge.not-to-judge", elsewhere);
          } else {
            grounds.reason("report.judge.not-mandated", "sender", view.flow().sender());
          }
          return false;
        }
        LegalReference article = articleOf(mandating.kind());
        grounds.basis(article);
        grounds.reportBasis(ReportKind.REPORT_TO_JUDGE, article);
        measureReason(view, grounds, "report.judge.applies", mandating);
      }
    }
    return true;
  }

  @Override
  public Verdict decide(FrenchFlowView view, Grounds grounds) {
    Optional<ReportKind> report = view.flow().report();
    if (report.isEmpty()) {
      return Verdict.deny(FrenchStep.REPORT_SCOPE);
    }
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(FrenchStep.REPORT_NECESSITY);
    }
    return switch (report.get()) {
      case CHILD_CONCERN -> childConcern(view, grounds);
      case ABUSE_REPORT -> abuseReport(view, grounds);
      case REPORT_TO_JUDGE -> reportToJudge();
    };
  }

  /**
   * A concern about a child (CASF L226-2-1): the holders of parental authority informed beforehand, unless
   * against the child's interest; no urgency exception.
   */
  Verdict childConcern(FrenchFlowView view, Grounds grounds) {
    MemberId about = view.about();
    if (view.flow().notInformedReason().orElse(null) == NotInformedReason.AGAINST_CHILD_INTEREST) {
      grounds.reason("child-interest.waived", "person", about);
      return FrenchStep.REPORT_CHILD_CONCERN.allowed();
    }
    List<MemberId> holders = Objects.requireNonNull(view.person(), "a concern is about a minor")
        .holdersOfAuthorityOn(view.date());
    if (holders.isEmpty()) {
      grounds.reason("report.child-concern.no-holder", "person", about);
      grounds.mark();
      urgencyNotAccepted(view, grounds);
      return Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, FrenchStep.REPORT_CHILD_CONCERN, List.of());
    }
    List<MemberId> missing = view.notInformed(holders);
    if (missing.isEmpty()) {
      grounds.reason("report.child-concern.informed");
      return FrenchStep.REPORT_CHILD_CONCERN.allowed();
    }
    List<MemberId> owed = owedDespiteChildInterest(view, grounds, missing);
    if (owed.isEmpty()) {
      return FrenchStep.REPORT_CHILD_CONCERN.allowed();
    }
    missing = owed;
    for (MemberId holder : missing) {
      grounds.reason("report.child-concern.inform", "holder", holder);
    }
    grounds.mark();
    urgencyNotAccepted(view, grounds);
    return Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, FrenchStep.REPORT_CHILD_CONCERN, missing);
  }

  /**
   * A report of deprivation or abuse (Code pénal 226-14): allowed; the sender bound by secrecy keeps the choice.
   * Whether the sender is bound changes only that reason, never the outcome: a secrecy not recorded is said so,
   * and leaves nothing open.
   */
  Verdict abuseReport(FrenchFlowView view, Grounds grounds) {
    Boolean bound = Standing.boundBySecrecy(view, 0);
    String key = bound == null ? "report.abuse.secrecy-not-recorded"
        : bound ? "report.abuse.choice" : "report.abuse.duty";
    grounds.reason(key, "sender", view.flow().sender());
    return FrenchStep.REPORT_ABUSE.allowed();
  }

  /** A report to the judge of a measure in progress, by a professional it mandates: allowed. */
  Verdict reportToJudge() {
    return FrenchStep.REPORT_TO_JUDGE.allowed();
  }

  /**
   * The holders not yet informed who are still owed the information: a holder whom it is against the child's
   * interest to inform, with that reason recorded for them, is not, and a reason says so.
   */
  static List<MemberId> owedDespiteChildInterest(FrenchFlowView view, Grounds grounds, List<MemberId> missing) {
    List<MemberId> owed = new ArrayList<>(missing.size());
    for (MemberId addressee : missing) {
      if (view.flow().notInformedReasons().get(addressee) == NotInformedReason.AGAINST_CHILD_INTEREST) {
        grounds.reason("child-interest.waived-for", "addressee", addressee);
      } else {
        owed.add(addressee);
      }
    }
    return owed;
  }

  /** Urgency is no ground under a text that names only the child's interest. */
  static void urgencyNotAccepted(FrenchFlowView view, Grounds grounds) {
    if (view.flow().notInformedReason().orElse(null) == NotInformedReason.URGENCY) {
      grounds.reason("urgency.not-accepted");
    }
  }

  private static boolean isMinor(FrenchFlowView view) {
    Person person = view.person();
    return person != null && person.lifeStageOn(view.date()).isMinor();
  }

  /**
   * Whether an adult is unable to protect themselves (Code pénal 226-14 1°): as recorded (or taken by
   * hypothesis), else shown by a representation that protects them (guardianship, curatorship, family
   * habilitation) or an adult-protection measure in progress; recorded able, false; otherwise null, not recorded.
   * A person other than the focal one, for whom the model records none of these, is taken as able.
   */
  private static @Nullable Boolean unableToProtect(FrenchFlowView view) {
    Person person = view.person();
    if (person == null) {
      return Boolean.FALSE;
    }
    Labelled way = view.hypothesis(CommonFact.UNABLE_TO_PROTECT_THEMSELVES, person.id());
    Boolean recorded = way != null ? Boolean.valueOf(way == Recording.YES)
        : person.unableToProtectThemselves().orElse(null);
    if (recorded != null) {
      return recorded;
    }
    for (LegalRepresentative r : person.representatives()) {
      if (PROTECTIVE.contains(r.kind())) {
        return Boolean.TRUE;
      }
    }
    return view.record().firstMeasure(MeasureKind.ADULT_PROTECTION, view.date()) != null ? Boolean.TRUE : null;
  }

  /** Whether the person's inability to protect themselves is recorded as such (or taken so by hypothesis). */
  private static boolean recordedUnable(FrenchFlowView view) {
    Person person = Objects.requireNonNull(view.person(), "an adult the report applies to");
    Labelled way = view.hypothesis(CommonFact.UNABLE_TO_PROTECT_THEMSELVES, person.id());
    return way != null ? way == Recording.YES : person.unableToProtectThemselves().orElse(false);
  }

  @Override
  public FrenchStep entry() {
    return FrenchStep.REPORT_SCOPE;
  }

  /**
   * The first measure in progress that mandates the sender and whose judge the flow goes to (or no member),
   * when {@code toJudge}; else the first that mandates the sender at all.
   */
  private static @Nullable JudicialMeasure mandating(FrenchFlowView view, boolean toJudge) {
    if (view.person() == null) {
      return null;
    }
    MemberId sender = view.flow().sender();
    if (!toJudge) {
      return view.record().firstMandating(sender, null, view.date());
    }
    if (!view.hasRecipient()) {
      return view.record().firstMandating(sender, null, view.date());
    }
    return view.partyCount() == 2 ? view.record().firstMandating(sender, view.party(1), view.date()) : null;
  }

  private static LegalReference articleOf(MeasureKind kind) {
    return switch (kind) {
      case EDUCATIONAL_ASSISTANCE -> FrenchLaw.CC_375_2;
      case PLACEMENT -> FrenchLaw.CC_375_3;
      case INVESTIGATION -> FrenchLaw.CPC_1183;
      case ADULT_PROTECTION -> FrenchLaw.CC_416;
      case OTHER -> FrenchLaw.ORDERING_JUDGE_DECISION;
    };
  }

  /**
   * A reason naming a measure by its kind and start: its reference is personal
   * ({@link org.maillage.Disclosure.Kind#PERSONAL}) and never leaves the model.
   */
  private static void measureReason(FrenchFlowView view, Grounds grounds, String key, JudicialMeasure measure) {
    grounds.reason(key, "sender", view.flow().sender(), "measure", measure.kind(), "since",
        measure.period().start());
  }
}
