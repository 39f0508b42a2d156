package org.maillage.core.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.member.Organisation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.network.Network;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.MeasureKind;
import org.maillage.person.Person;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Objection;
import org.maillage.sharing.ProfessionalCategory;

/**
 * The sharing record of one network (<i>traces du partage</i>): who was informed of what and when,
 * objections and consents by author, and the health professionals of a formalised care group.
 *
 * <p>It reads the network's own indexes ({@link Network#informingsOf}, {@link Network#objectionsBy},
 * {@link Network#consentsBy}), built once per network, so that a caller can decide many flows of one network
 * in time linear in the size of the record: pass it to a policy's {@code decide(SharingRecord,
 * InformationFlow)} for each flow. The lists it reads for a flow are bounded by what one person or one
 * representative recorded, never by the number of members; what does not depend on the flow, the informations
 * recorded for flows in general and the formalised care group's health professionals, is read once per record
 * (n log n in them), then looked up (constant or logarithmic time for each flow).
 *
 * <p>The objections and consents of each person or representative, and the judicial measures of the focal
 * person, are summarised the same way, once per record on first need (n log n in them): a flow then asks each
 * addressee's summary in time linear in the flow's categories and recipients, times the logarithm of what the
 * addressee recorded (and, for consents, times the number of distinct scopes among her consents), never reading
 * every objection or consent again for each flow.
 *
 * <p>This class is thread-safe; its only state besides the network is values derived from it on first need.
 */
public final class SharingRecord {
  private final Network network;
  /** Computed on first need by {@link #informedBefore} and {@link #informedAfter}. */
  private volatile @Nullable GeneralInformings general;
  /** What the decision reads of objections, consents and measures: the summaries, or in tests the definitions. */
  private final Addressees addressees;

  private SharingRecord(Network network, @Nullable Addressees addressees) {
    this.network = network;
    this.addressees = addressees != null ? addressees : new Summaries(network);
  }

  /**
   * Indexes the sharing record of a network.
   *
   * @param network the network
   * @return the indexed record
   */
  public static SharingRecord of(Network network) {
    return new SharingRecord(Objects.requireNonNull(network, "network"), null);
  }

  /**
   * A record answering what the decision reads of objections, consents and measures with the reading given
   * instead of its summaries: for the tests that hold the summaries to the plain definitions, decision by
   * decision.
   */
  public static SharingRecord reading(Network network, Addressees addressees) {
    return new SharingRecord(Objects.requireNonNull(network, "network"), Objects.requireNonNull(addressees,
        "addressees"));
  }

  /**
   * Returns the network indexed.
   *
   * @return the network
   */
  public Network network() {
    return network;
  }

  /**
   * Tells whether someone was informed of a subject for a flow beforehand: an information recorded on or
   * before the flow's date, for that flow or for flows in general (see {@link Informing#covers}).
   *
   * <p>The informations for flows in general are read once per record (n log n in them); each call then reads
   * only the informations recorded for this flow.
   *
   * @param flow the flow
   * @param who the person or a representative
   * @param subject what they must have been told
   * @return true if such an information is recorded
   */
  public boolean informedBefore(InformationFlow flow, MemberId who, InformingSubject subject) {
    return informedBefore(network.informingsFor(flow.id()), flow, who, subject);
  }

  /**
   * {@link #informedBefore(InformationFlow, MemberId, InformingSubject)} with the informings recorded for the
   * flow already read.
   */
  boolean informedBefore(List<Informing> specific, InformationFlow flow, MemberId who, InformingSubject subject) {
    if (generalInformings().toldBefore(who, subject, flow.date())) {
      return true;
    }
    for (int i = 0; i < specific.size(); i++) {
      Informing informing = specific.get(i);
      if (informing.informed().equals(who) && !informing.date().isAfter(flow.date())
          && informing.subjects().contains(subject)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether someone was told of a flow after it took place (the information owed after an urgency): an
   * information of {@link InformingSubject#NATURE_OF_INFORMATION}, for that flow or for flows in general,
   * recorded strictly after the flow's date and on or before a date.
   *
   * @param flow the flow
   * @param who the person or a representative
   * @param asOf the last day that counts
   * @return true if such an information is recorded
   */
  public boolean informedAfter(InformationFlow flow, MemberId who, LocalDate asOf) {
    if (generalInformings().toldOfNatureBetween(who, flow.date(), asOf)) {
      return true;
    }
    for (Informing informing : network.informingsFor(flow.id())) {
      if (informing.informed().equals(who) && informing.subjects().contains(InformingSubject.NATURE_OF_INFORMATION)
          && informing.date().isAfter(flow.date()) && !informing.date().isAfter(asOf)) {
        return true;
      }
    }
    return false;
  }

  private GeneralInformings generalInformings() {
    @Nullable GeneralInformings general = this.general;
    if (general == null) {
      // racy but safe, as for the formalised group: an immutable value, at worst computed twice
      general = GeneralInformings.of(network);
      this.general = general;
    }
    return general;
  }

  /**
   * What the informations recorded without a flow (<i>informations générales</i>, covering every later flow)
   * tell each person or representative, read once: for each of them, the earliest day each subject was told,
   * and the days the nature of the information was told, in order. Built in one pass, never changed after.
   */
  private static final class GeneralInformings {
    private static final int SUBJECTS = InformingSubject.values().length;
    private final Map<MemberId, Told> byInformed;

    private GeneralInformings(Map<MemberId, Told> byInformed) {
      this.byInformed = byInformed;
    }

    static GeneralInformings of(Network network) {
      // each person or representative informed once, their general informings from the network's index: no
      // Optional made per informing to ask whether it names a flow
      Map<MemberId, Told> byInformed = new HashMap<>();
      List<Informing> informings = network.informings();
      for (int i = 0; i < informings.size(); i++) {
        MemberId who = informings.get(i).informed();
        if (!byInformed.containsKey(who)) {
          byInformed.put(who, new Told(network.generalInformingsOf(who)));
        }
      }
      return new GeneralInformings(byInformed);
    }

    boolean toldBefore(MemberId who, InformingSubject subject, LocalDate date) {
      @Nullable Told told = byInformed.get(who);
      return told != null && told.earliest[subject.ordinal()] <= date.toEpochDay();
    }

    /** Whether {@code who} was told the nature of the information strictly after a day and on or before another. */
    boolean toldOfNatureBetween(MemberId who, LocalDate after, LocalDate asOf) {
      @Nullable Told told = byInformed.get(who);
      if (told == null) {
        return false;
      }
      // the first day the nature was told strictly after the flow's, if it is on or before the last day counted
      int first = atMost(told.natureDays, told.natureCount, after.toEpochDay());
      return first < told.natureCount && told.natureDays[first] <= asOf.toEpochDay();
    }

    /** One person's or representative's general informings, as epoch days; never changed once made. */
    private static final class Told {
      /** The earliest day each subject was told, by the subject's ordinal; Long.MAX_VALUE when never. */
      final long[] earliest = new long[SUBJECTS];
      /** The days the nature of the information was told, in order, in the first natureCount entries. */
      final long[] natureDays;
      final int natureCount;

      Told(List<Informing> general) {
        Arrays.fill(earliest, Long.MAX_VALUE);
        natureDays = new long[general.size()];
        int count = 0;
        for (int i = 0; i < general.size(); i++) {
          Informing informing = general.get(i);
          long day = informing.date().toEpochDay();
          for (InformingSubject subject : informing.subjects()) {
            earliest[subject.ordinal()] = Math.min(earliest[subject.ordinal()], day);
          }
          if (informing.subjects().contains(InformingSubject.NATURE_OF_INFORMATION)) {
            natureDays[count++] = day;
          }
        }
        Arrays.sort(natureDays, 0, count);
        natureCount = count;
      }
    }
  }

  /**
   * Returns the objections made by someone, in the network's order.
   *
   * @param by the person or a representative
   * @return the objections, possibly empty; unmodifiable
   */
  public List<Objection> objectionsBy(MemberId by) {
    return network.objectionsBy(by);
  }


  /**
   * Returns the consents given by someone, in the network's order.
   *
   * @param by the person or a representative
   * @return the consents, possibly empty; unmodifiable
   */
  public List<Consent> consentsBy(MemberId by) {
    return network.consentsBy(by);
  }


  /**
   * Returns the first objection made by someone, in the network's order, that blocks a flow
   * ({@link Objection#blocks}): the objection a decision names.
   *
   * <p>The objections of every person or representative are summarised once per record (n log n in them); each
   * call then takes time linear in the flow's categories and recipients, times the logarithm of the
   * objections of {@code by}.
   *
   * @param by the person or a representative
   * @param flow the flow
   * @return the first blocking objection of {@code by}, or null when none blocks the flow
   */
  public @Nullable Objection firstBlockingObjection(MemberId by, InformationFlow flow) {
    return addressees.firstBlocking(by, flow);
  }

  /**
   * Reads the consents of someone for a flow of a date carrying some categories to recipients of some
   * regulatory categories: what step 7 of the general regime decides on (see {@link ConsentReading}).
   *
   * <p>The consents of every person or representative are summarised once per record (n log n in them); each
   * call then takes time linear in the categories given, times the number of distinct scopes (categories of
   * information and of professionals) among the consents of {@code by}, times the logarithm of her consents.
   *
   * @param by the person or a representative
   * @param date the flow's date
   * @param categories the categories the flow carries
   * @param recipients the category of each recipient under the jurisdiction's law (in France, the
   *     {@link org.maillage.sharing.fr.RegulatoryCategory}, {@code NOT_LISTED} for one who is not a
   *     professional)
   * @return what the consents of {@code by} say on that date
   */
  public ConsentReading consents(MemberId by, LocalDate date, Collection<InformationCategory> categories,
      Set<? extends ProfessionalCategory> recipients) {
    return addressees.consents(by, date, categories, recipients);
  }

  /**
   * Returns the first judicial measure of the focal person, in her list's order, of a kind and in progress on a
   * date ({@link Period#contains}), as {@link Person#measuresOn} would give it.
   *
   * <p>The measures are summarised once per record (n log n in them); each call then takes time logarithmic in
   * them.
   *
   * @param kind the kind of measure
   * @param date the date judged
   * @return the measure, or null when none of that kind is in progress (or the network has no focal person)
   */
  public @Nullable JudicialMeasure firstMeasure(MeasureKind kind, LocalDate date) {
    return addressees.firstMeasure(kind, date);
  }

  /**
   * Returns the first judicial measure of the focal person, in her list's order, in progress on a date that
   * mandates someone and, when a judge is given, was ordered by that judge.
   *
   * <p>Logarithmic in the measures for each call, as {@link #firstMeasure}.
   *
   * @param mandated the professional the measure must mandate
   * @param judge the judge who must have ordered it, or null for any judge (or none recorded)
   * @param date the date judged
   * @return the measure, or null when none is in progress
   */
  public @Nullable JudicialMeasure firstMandating(MemberId mandated, @Nullable MemberId judge, LocalDate date) {
    return addressees.firstMandating(mandated, judge, date);
  }

  /**
   * What the sharing decision reads of the addressees' objections and consents and of the person's measures:
   * the record's {@link Summaries}, or, in tests, the plain definitions read one by one. Each method answers as
   * the {@link SharingRecord} method of the same purpose documents.
   */
  public interface Addressees {
    /** See {@link SharingRecord#firstBlockingObjection}. */
    @Nullable Objection firstBlocking(MemberId by, InformationFlow flow);

    /** See {@link SharingRecord#consents}. */
    ConsentReading consents(MemberId by, LocalDate date, Collection<InformationCategory> categories,
        Set<? extends ProfessionalCategory> recipients);

    /** See {@link SharingRecord#firstMeasure}. */
    @Nullable JudicialMeasure firstMeasure(MeasureKind kind, LocalDate date);

    /** See {@link SharingRecord#firstMandating}. */
    @Nullable JudicialMeasure firstMandating(MemberId mandated, @Nullable MemberId judge, LocalDate date);
  }

  /**
   * What one person's or representative's consents say for a flow (step 7 of the general regime, CSP
   * D1110-3-1), on the flow's date: a consent <em>covers</em> the flow when its categories of information hold
   * every category carried and its categories of professionals hold every recipient's; it <em>overlaps</em>
   * the flow when it shares a category with it (or the flow carries none); it is <em>complete</em> when it
   * records media and security measures. "In force" is {@link Consent#isInForceOn}; "first" is in the
   * network's order of the author's consents. An immutable value.
   *
   * @param inForce the first consent in force, covering and complete, or null
   * @param incomplete the first consent in force, covering and not complete, or null
   * @param narrow the first consent in force not covering, or null
   * @param lastWithdrawal the latest withdrawal, on or before the date, of an overlapping consent, or null
   * @param lastGivenInForce the latest day an overlapping consent in force was given, or null
   */
  public record ConsentReading(@Nullable Consent inForce, @Nullable Consent incomplete, @Nullable Consent narrow,
      @Nullable LocalDate lastWithdrawal, @Nullable LocalDate lastGivenInForce) {}

  /**
   * Returns how many of the first {@code length} days of an ascending array are on or before a day, by halving:
   * the index of the first one after it.
   */
  static int atMost(long[] ascending, int length, long day) {
    int low = 0;
    int high = length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (ascending[middle] > day) {
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }


  /**
   * The record's summaries of the objections and consents of each person or representative and of the focal
   * person's judicial measures, each built once on first need (n log n in what it summarises), then asked for
   * each flow. Racy but safe, as the record's other summaries: each is an immutable value, at worst computed
   * twice.
   */
  private static final class Summaries implements Addressees {
    private final Network network;
    private volatile @Nullable Map<MemberId, ObjectionScopes> objections;
    private volatile @Nullable Map<MemberId, ConsentScopes> consents;
    private volatile @Nullable Measures measures;

    Summaries(Network network) {
      this.network = network;
    }

    @Override
    public @Nullable Objection firstBlocking(MemberId by, InformationFlow flow) {
      Map<MemberId, ObjectionScopes> all = objections;
      if (all == null) {
        all = new HashMap<>();
        for (Objection o : network.objections()) {
          if (!all.containsKey(o.by())) {
            all.put(o.by(), new ObjectionScopes(network.objectionsBy(o.by()), network));
          }
        }
        objections = all;
      }
      ObjectionScopes scopes = all.get(by);
      return scopes == null ? null : scopes.firstBlocking(flow);
    }

    @Override
    public ConsentReading consents(MemberId by, LocalDate date, Collection<InformationCategory> categories,
        Set<? extends ProfessionalCategory> recipients) {
      Map<MemberId, ConsentScopes> all = consents;
      if (all == null) {
        all = new HashMap<>();
        for (Consent c : network.consents()) {
          if (!all.containsKey(c.by())) {
            all.put(c.by(), new ConsentScopes(network.consentsBy(c.by())));
          }
        }
        consents = all;
      }
      ConsentScopes scopes = all.get(by);
      return scopes == null ? NO_CONSENT : scopes.read(date, categories, recipients);
    }

    @Override
    public @Nullable JudicialMeasure firstMeasure(MeasureKind kind, LocalDate date) {
      Measures m = measures();
      return m.first(m.byKind.getOrDefault(kind, Stabbing.EMPTY), date);
    }

    @Override
    public @Nullable JudicialMeasure firstMandating(MemberId mandated, @Nullable MemberId judge, LocalDate date) {
      Measures m = measures();
      if (judge == null) {
        return m.first(m.byMandated.getOrDefault(mandated, Stabbing.EMPTY), date);
      }
      Map<MemberId, Stabbing> byJudge = m.byMandatedAndJudge.get(mandated);
      return m.first(byJudge == null ? Stabbing.EMPTY : byJudge.getOrDefault(judge, Stabbing.EMPTY), date);
    }

    private Measures measures() {
      Measures m = measures;
      if (m == null) {
        m = new Measures(network.focalPerson().<List<JudicialMeasure>>map(Person::measures).orElse(List.of()));
        measures = m;
      }
      return m;
    }
  }

  private static final ConsentReading NO_CONSENT = new ConsentReading(null, null, null, null, null);

  /**
   * One author's objections, as {@link Objection#blocks} reads them: an objection blocks a flow when it was made
   * on or before the flow's date and each of its two scopes (categories; recipients and organisations), empty
   * meaning "all", meets the flow's. Each objection is filed under every pair (category or ANY, recipient,
   * organisation or ANY) of its scope, ANY standing for an empty scope, as the interval of days from its date on,
   * with its index in the author's list; a flow asks every pair (category or ANY, one of its recipients, the
   * organisation of a professional recipient or the body above it, or ANY) of its own. A pair is shared exactly
   * when each scope of the objection is empty or meets the flow's, so the smallest index found on the flow's date
   * under the flow's pairs is the first blocking objection. Built in time linear in the objections and their
   * scopes (times the log for sorting), never changed after.
   */
  private static final class ObjectionScopes {
    private static final int ANY = InformationCategory.values().length;
    private final Network network;
    private final List<Objection> objections;
    /** By category ordinal, ANY last: the objections of every recipient. */
    private final Stabbing[] anyRecipient;
    /** By recipient, then by category ordinal, ANY last: the objections limited to that recipient. */
    private final Map<MemberId, Stabbing[]> byRecipient;
    /** By organisation, then by category ordinal, ANY last: the objections limited to that organisation. */
    private final Map<OrganisationId, Stabbing[]> byOrganisation;

    ObjectionScopes(List<Objection> objections, Network network) {
      this.network = network;
      this.objections = objections;
      Intervals[] any = new Intervals[ANY + 1];
      Map<MemberId, Intervals[]> limited = new HashMap<>();
      Map<OrganisationId, Intervals[]> inOrganisation = new HashMap<>();
      for (int i = 0; i < objections.size(); i++) {
        Objection o = objections.get(i);
        long from = o.date().toEpochDay();
        if (o.recipients().isEmpty() && o.organisations().isEmpty()) {
          file(any, o, from, i);
        }
        for (MemberId recipient : o.recipients()) {
          file(limited.computeIfAbsent(recipient, r -> new Intervals[ANY + 1]), o, from, i);
        }
        for (OrganisationId organisation : o.organisations()) {
          file(inOrganisation.computeIfAbsent(organisation, r -> new Intervals[ANY + 1]), o, from, i);
        }
      }
      this.anyRecipient = Intervals.build(any);
      this.byRecipient = new HashMap<>();
      limited.forEach((recipient, intervals) -> byRecipient.put(recipient, Intervals.build(intervals)));
      this.byOrganisation = new HashMap<>();
      inOrganisation.forEach((organisation, intervals) -> byOrganisation.put(organisation,
          Intervals.build(intervals)));
    }

    /** Files an objection under each category of its scope, or under ANY when its scope is every category. */
    private static void file(Intervals[] byCategory, Objection o, long from, int index) {
      if (o.categories().isEmpty()) {
        Intervals.at(byCategory, ANY).add(from, Long.MAX_VALUE, index);
      }
      for (InformationCategory category : o.categories()) {
        Intervals.at(byCategory, category.ordinal()).add(from, Long.MAX_VALUE, index);
      }
    }

    @Nullable Objection firstBlocking(InformationFlow flow) {
      long day = flow.date().toEpochDay();
      long first = first(anyRecipient, flow, day);
      for (MemberId recipient : flow.recipients()) {
        first = Math.min(first, firstLimitedTo(recipient, flow, day));
        if (!byOrganisation.isEmpty() && network.member(recipient).orElse(null) instanceof Professional p) {
          first = Math.min(first, firstInOrganisationOf(p, flow, day));
        }
      }
      for (OutsideProfessional outside : flow.outsideProfessionals()) {
        first = Math.min(first, firstLimitedTo(outside.id(), flow, day));
        first = Math.min(first, firstInOrganisationOf(outside, flow, day));
      }
      if (first == Long.MAX_VALUE) {
        return null;
      }
      Objection found = objections.get((int) first);
      assert found.blocks(flow, network) : "the summary names " + found + " for flow " + flow.id();
      return found;
    }

    private long firstLimitedTo(MemberId recipient, InformationFlow flow, long day) {
      Stabbing[] limited = byRecipient.get(recipient);
      return limited == null ? Long.MAX_VALUE : first(limited, flow, day);
    }

    /** The first objection limited to the professional's organisation or to the body above it. */
    private long firstInOrganisationOf(ProfessionalProfile professional, InformationFlow flow, long day) {
      Optional<OrganisationId> own = professional.organisation();
      if (byOrganisation.isEmpty() || own.isEmpty()) {
        return Long.MAX_VALUE;
      }
      Stabbing[] limited = byOrganisation.get(own.get());
      long first = limited == null ? Long.MAX_VALUE : first(limited, flow, day);
      Optional<OrganisationId> parent = network.organisation(own.get()).flatMap(Organisation::parent);
      Stabbing[] above = parent.isPresent() ? byOrganisation.get(parent.get()) : null;
      return above == null ? first : Math.min(first, first(above, flow, day));
    }

    /** The smallest index, on a day, under ANY or one of the flow's categories. */
    private static long first(Stabbing[] byCategory, InformationFlow flow, long day) {
      long first = byCategory[ANY].min(day);
      for (InformationCategory category : flow.categories()) {
        first = Math.min(first, byCategory[category.ordinal()].min(day));
      }
      return first;
    }
  }

  /**
   * One author's consents, grouped by scope (the exact categories of information and of professionals, as bit
   * masks): for each scope, the days each consent is in force ({@link Consent#isInForceOn}: from the day given
   * to the day before its withdrawal) with its index in the author's list, split into complete and incomplete
   * consents, the same days with the day given, and the withdrawal days in order. Whether a scope covers or
   * overlaps a flow is one mask test, so reading a flow costs one test per scope and a logarithmic search in
   * each. Built in time n log n in the consents, never changed after.
   */
  private static final class ConsentScopes {
    private final List<Consent> consents;
    private final Scope[] scopes;

    ConsentScopes(List<Consent> consents) {
      this.consents = consents;
      Map<List<Long>, List<Integer>> byScope = new HashMap<>();
      for (int i = 0; i < consents.size(); i++) {
        Consent c = consents.get(i);
        byScope.computeIfAbsent(List.of(mask(c.informationCategories()), professionals(c.professionalCategories())),
            k -> new ArrayList<>()).add(i);
      }
      this.scopes = new Scope[byScope.size()];
      int s = 0;
      for (Map.Entry<List<Long>, List<Integer>> e : byScope.entrySet()) {
        scopes[s++] = new Scope(e.getKey().get(0), e.getKey().get(1), consents, e.getValue());
      }
    }

    ConsentReading read(LocalDate date, Collection<InformationCategory> categories,
        Set<? extends ProfessionalCategory> recipients) {
      long day = date.toEpochDay();
      long carried = mask(categories);
      long to = professionals(recipients);
      long inForce = Long.MAX_VALUE;
      long incomplete = Long.MAX_VALUE;
      long narrow = Long.MAX_VALUE;
      long lastWithdrawal = Long.MIN_VALUE;
      long lastGiven = Long.MIN_VALUE;
      for (Scope scope : scopes) {
        long complete = scope.complete.min(day);
        long lacking = scope.incomplete.min(day);
        if ((scope.information & carried) == carried && (scope.professionals & to) == to) {
          inForce = Math.min(inForce, complete);
          incomplete = Math.min(incomplete, lacking);
        } else {
          narrow = Math.min(narrow, Math.min(complete, lacking));
        }
        if (carried == 0 || (scope.information & carried) != 0) {
          long given = scope.latestGiven.min(day);
          if (given != Long.MAX_VALUE) {
            lastGiven = Math.max(lastGiven, -given);
          }
          int withdrawn = atMost(scope.withdrawals, scope.withdrawals.length, day);
          if (withdrawn > 0) {
            lastWithdrawal = Math.max(lastWithdrawal, scope.withdrawals[withdrawn - 1]);
          }
        }
      }
      return new ConsentReading(consent(inForce), consent(incomplete), consent(narrow),
          lastWithdrawal == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(lastWithdrawal),
          lastGiven == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(lastGiven));
    }

    private @Nullable Consent consent(long index) {
      return index == Long.MAX_VALUE ? null : consents.get((int) index);
    }

    /** The consents of one scope. */
    private static final class Scope {
      final long information;
      final long professionals;
      /** In force, complete: the smallest index. */
      final Stabbing complete;
      /** In force, without media or security measures: the smallest index. */
      final Stabbing incomplete;
      /** In force: minus the latest day given. */
      final Stabbing latestGiven;
      /** The days of withdrawal, ascending. */
      final long[] withdrawals;

      Scope(long information, long professionals, List<Consent> consents, List<Integer> indexes) {
        this.information = information;
        this.professionals = professionals;
        Intervals complete = new Intervals();
        Intervals incomplete = new Intervals();
        Intervals given = new Intervals();
        long[] withdrawals = new long[indexes.size()];
        int w = 0;
        for (int index : indexes) {
          Consent c = consents.get(index);
          long from = c.given().toEpochDay();
          @Nullable LocalDate withdrawn = c.withdrawn().orElse(null);
          long until = withdrawn == null ? Long.MAX_VALUE : withdrawn.toEpochDay();
          (c.media().isEmpty() || c.securityMeasures().isEmpty() ? incomplete : complete).add(from, until, index);
          given.add(from, until, -from);
          if (withdrawn != null) {
            withdrawals[w++] = until;
          }
        }
        this.complete = complete.build();
        this.incomplete = incomplete.build();
        this.latestGiven = given.build();
        this.withdrawals = Arrays.copyOf(withdrawals, w);
        Arrays.sort(this.withdrawals);
      }
    }
  }

  /**
   * The bit mask of a set of categories of professionals, by their position in their enumeration (fewer than
   * 64). Every permitted enumeration of {@link ProfessionalCategory} is, today, France's; a second
   * jurisdiction's categories will need their jurisdiction in a consent's scope too.
   */
  private static long professionals(Collection<? extends ProfessionalCategory> categories) {
    long mask = 0;
    for (ProfessionalCategory category : categories) {
      mask |= 1L << category.ordinal();
    }
    return mask;
  }

  /** The bit mask of a set of enumeration constants (each enumeration here has fewer than 64). */
  private static <E extends Enum<E>> long mask(Collection<E> constants) {
    long mask = 0;
    for (E constant : constants) {
      mask |= 1L << constant.ordinal();
    }
    return mask;
  }

  /**
   * The focal person's judicial measures, as {@link Person#measuresOn} reads them (in progress on a date:
   * {@link Period#contains}), by kind, by professional mandated, and by professional mandated and judge, each
   * as the days in progress with the measure's index in her list. Built in time n log n in the measures and
   * those they mandate, never changed after.
   */
  private static final class Measures {
    private final List<JudicialMeasure> measures;
    final Map<MeasureKind, Stabbing> byKind = new EnumMap<>(MeasureKind.class);
    final Map<MemberId, Stabbing> byMandated = new HashMap<>();
    final Map<MemberId, Map<MemberId, Stabbing>> byMandatedAndJudge = new HashMap<>();

    Measures(List<JudicialMeasure> measures) {
      this.measures = measures;
      Map<MeasureKind, Intervals> kinds = new EnumMap<>(MeasureKind.class);
      Map<MemberId, Intervals> mandated = new HashMap<>();
      Map<MemberId, Map<MemberId, Intervals>> judged = new HashMap<>();
      for (int i = 0; i < measures.size(); i++) {
        JudicialMeasure m = measures.get(i);
        long from = m.period().start().toEpochDay();
        // Period.contains is inclusive of the end: in progress until the day after it
        long until = m.period().end().map(end -> end.toEpochDay() + 1).orElse(Long.MAX_VALUE);
        kinds.computeIfAbsent(m.kind(), k -> new Intervals()).add(from, until, i);
        @Nullable MemberId judge = m.judge().orElse(null);
        for (MemberId professional : m.mandated()) {
          mandated.computeIfAbsent(professional, p -> new Intervals()).add(from, until, i);
          if (judge != null) {
            judged.computeIfAbsent(professional, p -> new HashMap<>()).computeIfAbsent(judge, j -> new Intervals())
                .add(from, until, i);
          }
        }
      }
      kinds.forEach((kind, intervals) -> byKind.put(kind, intervals.build()));
      mandated.forEach((professional, intervals) -> byMandated.put(professional, intervals.build()));
      judged.forEach((professional, byJudge) -> {
        Map<MemberId, Stabbing> built = new HashMap<>();
        byJudge.forEach((judge, intervals) -> built.put(judge, intervals.build()));
        byMandatedAndJudge.put(professional, built);
      });
    }

    @Nullable JudicialMeasure first(Stabbing stabbing, LocalDate date) {
      long index = stabbing.min(date.toEpochDay());
      return index == Long.MAX_VALUE ? null : measures.get((int) index);
    }
  }

  /** Intervals of days being gathered, each with a value, for a {@link Stabbing}; not thread-safe. */
  private static final class Intervals {
    private long[] starts = new long[4];
    private long[] ends = new long[4];
    private long[] values = new long[4];
    private int count;

    /** The gatherer at an index of an array, made on first need. */
    static Intervals at(Intervals[] array, int index) {
      Intervals intervals = array[index];
      if (intervals == null) {
        intervals = new Intervals();
        array[index] = intervals;
      }
      return intervals;
    }

    /** The stabbing of each gatherer of an array, {@link Stabbing#EMPTY} where none was made. */
    static Stabbing[] build(@Nullable Intervals[] array) {
      Stabbing[] built = new Stabbing[array.length];
      for (int i = 0; i < array.length; i++) {
        Intervals intervals = array[i];
        built[i] = intervals == null ? Stabbing.EMPTY : intervals.build();
      }
      return built;
    }

    /** Adds the days from {@code start} to the day before {@code end} (Long.MAX_VALUE: no end). */
    void add(long start, long end, long value) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, 2 * count);
        ends = Arrays.copyOf(ends, 2 * count);
        values = Arrays.copyOf(values, 2 * count);
      }
      starts[count] = start;
      ends[count] = end;
      values[count] = value;
      count++;
    }

    Stabbing build() {
      return Stabbing.of(starts, ends, values, count);
    }
  }

  /**
   * Intervals of days, each with a value, answering for a day the smallest value among the intervals holding
   * it (a stabbing query): the intervals' ends cut the days into segments, and a segment tree keeps at each
   * node the smallest value of the intervals covering the node's segments whole. Built in time n log n in the
   * intervals; each answer takes time logarithmic in them. Immutable once built.
   */
  private static final class Stabbing {
    static final Stabbing EMPTY = new Stabbing(new long[0], 0, new long[0]);
    /** The distinct ends of the intervals, ascending: segment i holds the days from points[i] to points[i+1]. */
    private final long[] points;
    private final int segments;
    /** Node i's children are 2i and 2i+1; the segments are the nodes from {@link #segments} on. */
    private final long[] tree;

    private Stabbing(long[] points, int segments, long[] tree) {
      this.points = points;
      this.segments = segments;
      this.tree = tree;
    }

    /** The first {@code count} intervals: {@code [starts[i], ends[i])}, an end of Long.MAX_VALUE being none. */
    static Stabbing of(long[] starts, long[] ends, long[] values, int count) {
      if (count == 0) {
        return EMPTY;
      }
      long[] points = new long[2 * count];
      int k = 0;
      for (int i = 0; i < count; i++) {
        points[k++] = starts[i];
        if (ends[i] != Long.MAX_VALUE) {
          points[k++] = ends[i];
        }
      }
      Arrays.sort(points, 0, k);
      int n = 0;
      for (int i = 0; i < k; i++) {
        if (n == 0 || points[n - 1] != points[i]) {
          points[n++] = points[i];
        }
      }
      long[] tree = new long[2 * n];
      Arrays.fill(tree, Long.MAX_VALUE);
      for (int i = 0; i < count; i++) {
        int low = Arrays.binarySearch(points, 0, n, starts[i]) + n;
        int high = (ends[i] == Long.MAX_VALUE ? n : Arrays.binarySearch(points, 0, n, ends[i])) + n;
        long value = values[i];
        // the nodes covering segments [low, high) whole, bottom up
        while (low < high) {
          if ((low & 1) == 1) {
            tree[low] = Math.min(tree[low], value);
            low++;
          }
          if ((high & 1) == 1) {
            high--;
            tree[high] = Math.min(tree[high], value);
          }
          low >>= 1;
          high >>= 1;
        }
      }
      return new Stabbing(points, n, tree);
    }

    /** The smallest value of the intervals holding a day, Long.MAX_VALUE when none does. */
    long min(long day) {
      int segment = atMost(points, segments, day) - 1;
      if (segment < 0) {
        return Long.MAX_VALUE;
      }
      long min = Long.MAX_VALUE;
      for (int node = segment + segments; node >= 1; node >>= 1) {
        min = Math.min(min, tree[node]);
      }
      return min;
    }
  }

}
