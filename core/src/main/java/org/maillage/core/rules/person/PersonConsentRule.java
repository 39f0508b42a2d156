package org.maillage.core.rules.person;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.BasisKind;
import org.maillage.network.Network;
import org.maillage.network.NetworkBasis;
import org.maillage.person.Agreement;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.person.RecordedView;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/**
 * {@code PERSON-CONSENT} (ERROR): a person-centred network rests on the agreement of the person
 * (<i>accord, adhésion de la personne</i>) and of their legal representatives, in force on the date; where
 * the network itself rests on a court order, the recorded views of the person and of the representatives
 * stand in for that agreement (<i>avis recueilli</i>), even an opposed view. The network is built with the
 * person, not about them (Belgian service guide).
 *
 * <p>Scope: person-centred networks; silent on any other.
 *
 * <p>Who must agree:
 * <ul>
 *   <li>the person, unless a {@link LifeStage#YOUNG_CHILD young child}, too young to give a view of their
 *       own: their agreement is not required (nor, under a court order, their view);</li>
 *   <li>an older {@link LifeStage#MINOR minor}, according to age and maturity, in addition to the
 *       representatives;</li>
 *   <li>each recorded legal representative: for a young child represented by the holders of parental
 *       authority, each holder, since one holder's agreement cannot stand for the other's; for an adult,
 *       the guardian or curator as well as the adult.</li>
 * </ul>
 * A party has agreed when their answer in effect on the date ({@link Person#answerOn}: of the answers given on
 * or before it and not withdrawn on or before it, the latest) is an agreement; a refusal in effect says so
 * ({@code person-refused}, {@code representative-refused}). A relative who is not a legal representative may
 * record an answer; it is kept, but does not stand for anyone's. Under a {@link BasisKind#COURT_ORDER court-order basis} (the
 * network's recorded basis, not one professional's mandate) {@link NetworkBasis#isInForceOn in force on the date}
 * (its period, when recorded, contains the date), a view of the party recorded on or before the date counts,
 * whatever its stance; agreements are then not needed. Once the order's recorded period has ended, agreements
 * are needed again. The person's stage is judged as of the date ({@link Person#lifeStageOn}).
 *
 * <p>Findings, all on the person, one per party whose agreement or view is missing:
 * {@code person-missing}; {@code person-refused} ({@code refused}: the day of the refusal in effect);
 * {@code person-withdrawn} ({@code withdrawn}: the day of the latest withdrawal);
 * {@code representative-refused} ({@code representative}, {@code refused});
 * {@code representative-missing} ({@code representative}); {@code representative-withdrawn}
 * ({@code representative}, {@code withdrawn}); under a court order {@code person-view-missing} and
 * {@code representative-view-missing} ({@code representative}). A young child with no recorded
 * representative gets {@code no-representative}: nobody is recorded who could agree, or give a view, for
 * them.
 *
 * <p>Linear in the representatives and in the person's agreements and views: each party's own are read from the
 * person's indexes ({@link Person#agreementsBy}, {@link Person#viewsOf}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonConsentRule extends CatalogueRule {

  /** Creates the rule. */
  public PersonConsentRule() {
    super("PERSON-CONSENT", Severity.ERROR, "Belgian service guide", "construire le réseau avec la personne");
  }

  /**
   * Checks that the agreements, or under a court order the views, of the person and their representatives
   * are recorded.
   *
   * @param network the network
   * @param context the settings and finding factory
   * @return one finding per missing party, empty when everyone required has agreed or been heard
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    Optional<Person> focal = network.focalPerson();
    if (focal.isEmpty()) {
      return List.of();
    }
    Person person = focal.get();
    LocalDate date = context.date();
    Optional<NetworkBasis> basis = network.basis();
    // an order whose recorded period has ended no longer lets recorded views stand in for agreement
    boolean courtOrder = basis.isPresent() && basis.get().kind() == BasisKind.COURT_ORDER
        && basis.get().isInForceOn(date);
    LifeStage stage = person.lifeStageOn(date);
    boolean personRequired = stage != LifeStage.YOUNG_CHILD;
    boolean noRepresentative = stage == LifeStage.YOUNG_CHILD && person.representatives().isEmpty();
    return courtOrder
        ? checkViews(network, context, person, date, personRequired, noRepresentative)
        : checkAgreements(network, context, person, date, personRequired, noRepresentative);
  }

  // Each party's agreements and views are read from the person's indexes (Person.agreementsBy, viewsOf), built
  // once per person value: nothing is gathered on every check, and a party's are read without everyone's.

  private List<Finding> checkAgreements(Network network, RuleContext context, Person person, LocalDate date,
      boolean personRequired, boolean noRepresentative) {
    boolean personAgreed = agreed(person, person.id(), date);
    if (!noRepresentative && (!personRequired || personAgreed) && allRepresentativesAgreed(person, date)) {
      return List.of();
    }
    SubjectPath path = SubjectPath.of(network.id()).person(person.id());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (noRepresentative) {
      findings.add(context.finding(path, key("no-representative")));
    }
    if (personRequired && !personAgreed) {
      Optional<Agreement> answer = person.answerOn(person.id(), date);
      @Nullable LocalDate withdrawn = lastWithdrawal(person, person.id(), date);
      findings.add(answer.isPresent()
          ? context.finding(path, key("person-refused"), Map.of("refused", answer.get().given()))
          : withdrawn == null
              ? context.finding(path, key("person-missing"))
              : context.finding(path, key("person-withdrawn"), Map.of("withdrawn", withdrawn)));
    }
    for (LegalRepresentative r : person.representatives()) {
      if (!agreed(person, r.id(), date)) {
        Optional<Agreement> answer = person.answerOn(r.id(), date);
        @Nullable LocalDate withdrawn = lastWithdrawal(person, r.id(), date);
        findings.add(answer.isPresent()
            ? context.finding(path, key("representative-refused"),
                ImmutableMap.of("representative", r.id(), "refused", answer.get().given()))
            : withdrawn == null
                ? context.finding(path, key("representative-missing"), Map.of("representative", r.id()))
                : context.finding(path, key("representative-withdrawn"),
                    ImmutableMap.of("representative", r.id(), "withdrawn", withdrawn)));
      }
    }
    return findings.build();
  }

  private List<Finding> checkViews(Network network, RuleContext context, Person person, LocalDate date,
      boolean personRequired, boolean noRepresentative) {
    boolean personHeard = heard(person, person.id(), date);
    if (!noRepresentative && (!personRequired || personHeard) && allRepresentativesHeard(person, date)) {
      return List.of();
    }
    SubjectPath path = SubjectPath.of(network.id()).person(person.id());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (noRepresentative) {
      findings.add(context.finding(path, key("no-representative")));
    }
    if (personRequired && !personHeard) {
      findings.add(context.finding(path, key("person-view-missing")));
    }
    for (LegalRepresentative r : person.representatives()) {
      if (!heard(person, r.id(), date)) {
        findings.add(context.finding(path, key("representative-view-missing"), Map.of("representative", r.id())));
      }
    }
    return findings.build();
  }

  /** Tells whether a party's answer in effect on the date is an agreement ({@link Person#answerOn}). */
  private static boolean agreed(Person person, MemberId party, LocalDate date) {
    Optional<Agreement> answer = person.answerOn(party, date);
    return answer.isPresent() && !answer.get().refused();
  }

  /** Returns the day of a party's latest withdrawal on or before the date, or null if none. */
  private static @Nullable LocalDate lastWithdrawal(Person person, MemberId party, LocalDate date) {
    @Nullable LocalDate last = null;
    for (Agreement a : person.agreementsBy(party)) {
      Optional<LocalDate> withdrawn = a.withdrawn();
      if (withdrawn.isPresent() && !withdrawn.get().isAfter(date)
          && (last == null || withdrawn.get().isAfter(last))) {
        last = withdrawn.get();
      }
    }
    return last;
  }

  /** Tells whether a party's view was recorded on or before the date. */
  private static boolean heard(Person person, MemberId party, LocalDate date) {
    ImmutableList<RecordedView> views = person.viewsOf(party);
    for (int i = 0; i < views.size(); i++) {
      if (!views.get(i).recorded().isAfter(date)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allRepresentativesAgreed(Person person, LocalDate date) {
    ImmutableList<LegalRepresentative> representatives = person.representatives();
    for (int i = 0; i < representatives.size(); i++) {
      if (!agreed(person, representatives.get(i).id(), date)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allRepresentativesHeard(Person person, LocalDate date) {
    ImmutableList<LegalRepresentative> representatives = person.representatives();
    for (int i = 0; i < representatives.size(); i++) {
      if (!heard(person, representatives.get(i).id(), date)) {
        return false;
      }
    }
    return true;
  }
}
