package org.maillage.core.sharing.fr;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.maillage.Language;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.OrganisationId;
import org.maillage.QuotedInput;
import org.maillage.core.message.MessageFormatter;
import org.maillage.core.sharing.FlowOutcomes;
import org.maillage.core.sharing.QuietSharingPolicy;
import org.maillage.member.CareTeamBasis;
import org.maillage.member.Member;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.RegulatoryCategory;
import org.maillage.member.RelationGroup;
import org.maillage.network.Network;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.ReportBasis;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.SocialActionTrigger;
import org.maillage.sharing.fr.FrenchLaw;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The French information-sharing decision of DOMAIN.md §4 (<i>décision de partage, droit français</i>): may
 * A pass these categories of information about P to B, for this purpose, on this day?
 *
 * <p>The procedure answers from what the record shows, as of the flow's date: "informed beforehand" means an
 * {@link org.maillage.sharing.Informing} recorded on or before the flow's date that covers it, and the same
 * for consents ({@link Consent#isInForceOn}) and objections ({@link Objection#blocks}). The person being
 * present when the information is passed counts as informed of it (of its nature and of who receives it),
 * never of the right to object.
 *
 * <h2>Step 0: the regime</h2>
 * The first regime that applies, in this order; a regime applies when the flow falls within the
 * authorisation its article grants (its people, its subject and its purposes), since the French authorisations
 * are alternatives. A reason records why each earlier regime did not apply. Inside the regime chosen, a flow
 * carrying a category its purpose does not need, or stating no purpose, is {@link SharingOutcome#DENY}.
 * <ol>
 *   <li>{@link Regime#REPORT}, for a flow marked as a report:
 *     <ul>
 *       <li>{@link ReportKind#CHILD_CONCERN} (CASF L226-2-1) when P is the focal person and a minor. The holders
 *           of parental authority and the guardian (each of them) are informed beforehand, unless that is
 *           against the child's interest ({@link NotInformedReason#AGAINST_CHILD_INTEREST}: ALLOW with that
 *           reason); otherwise {@link SharingOutcome#ALLOW_AFTER_INFORMING} addressed to those not yet
 *           informed. The text names no urgency exception, so an urgency does not waive it.</li>
 *       <li>{@link ReportKind#ABUSE_REPORT} (Code pénal 226-14, 434-3) when P is a minor, or an adult the
 *           record shows unable to protect themselves: represented or assisted (guardianship, curatorship,
 *           family habilitation) or under an adult-protection measure in progress. ALLOW; a reason says
 *           whether the sender, bound by secrecy, keeps the choice (434-3) or must report.</li>
 *       <li>{@link ReportKind#REPORT_TO_JUDGE} when a measure in progress for P on the flow's date mandates the
 *           sender, and the flow goes to that measure's recorded judge (or to no member: an outside
 *           authority). ALLOW, on the article of the measure: Code civil 375-2 (educational assistance),
 *           375-3 (placement), Code de procédure civile 1183 (investigation), Code civil 416 (adult
 *           protection), else {@link FrenchLaw#ORDERING_JUDGE_DECISION}. Reasons name the measure by its kind and its
 *           start, never by its reference, which is personal.</li>
 *     </ul></li>
 *   <li>{@link Regime#CHILD_PROTECTION} (CASF L226-2-2, L112-3) when P is a minor or a young adult supported by
 *       child protection, or P is a family member (a primary member of the family group, or a representative)
 *       of a focal person who is a minor; the sender and every recipient are professionals bound by secrecy
 *       who implement or contribute to child-protection policy; and the purpose is to assess the situation
 *       or to decide and carry out protection actions. No consent, no right to object. The holders of
 *       parental authority, the guardian, and the child according to age and maturity ({@link
 *       LifeStage#MINOR}, not a {@link LifeStage#YOUNG_CHILD}; a young adult for themself) are informed
 *       beforehand, unless against the child's interest (then ALLOW with that reason).</li>
 *   <li>{@link Regime#SOCIAL_ACTION} (CASF L121-6-2, L116-1) when the trigger is recorded on or before the
 *       flow's date, the sender and every recipient are professionals of social action current in the network
 *       on that date, and the purpose is social action. ALLOW; informing the person is advice, not a
 *       condition, and reasons say so, and remind that a designated coordinator is to know what is shared and
 *       that the mayor and the département president are to be informed of the trigger.</li>
 *   <li>{@link Regime#SHARED_SECRECY} (CSP L1110-4) otherwise, in nine steps, stopping at the first refusal.</li>
 * </ol>
 *
 * <h2>The general regime</h2>
 * <ol>
 *   <li>The sender and every recipient are professionals of a category of the closed list of CSP R1110-2
 *       ({@link RegulatoryCategory#isOnClosedList()}); anyone else (a relative, the person, a professional off
 *       the list) means DENY.</li>
 *   <li>They are current members of the network on the flow's date, and there is at least one recipient.</li>
 *   <li>The purpose is care coordination, prevention or social follow-up, and every category carried lies
 *       within the {@link Professional#missionCategories() missions} of the sender <em>and</em> of each
 *       recipient (CSP R1110-1); an unrecorded mission covers nothing.</li>
 *   <li>No objection by P or a representative blocks the flow (DENY, even in an urgency). Whoever step 9 names
 *       must have been told of the right to object; for steps 5 and 6, what is missing is owed.</li>
 *   <li>An {@link FlowMode#EXCHANGE}: the nature of the information is owed; between a health professional and
 *       a professional who is not one (R1110-3 I), the recipients' identity and category too.</li>
 *   <li>A {@link FlowMode#SHARING} inside a care team (CSP L1110-12; see below): the nature of the information
 *       is owed (R1110-3 II).</li>
 *   <li>A sharing outside a care team: consent in force on the flow's date is needed from whoever step 9
 *       names, covering every category carried and every recipient's regulatory category, and recording the
 *       media and the security measures the person was told of (D1110-3-1); a consent lacking one of them
 *       does not count. A withdrawn consent overlapping the categories, with none in force, means DENY;
 *       otherwise a missing consent means {@link SharingOutcome#REQUIRE_CONSENT}. The right to object is not
 *       owed here: consent governs.</li>
 *   <li>An urgency ({@link NotInformedReason#URGENCY}) waives what is owed under steps 4 to 6, with a reason to
 *       inform P as soon as their state allows; never a consent nor an objection already made. The child's
 *       interest is not a ground of this regime.</li>
 *   <li>Who is informed and consents: P, and every recorded legal representative of P (the holders of
 *       parental authority each, a guardian, a curator, ...), as the agreement to the network is; for a
 *       {@link LifeStage#YOUNG_CHILD young child}, the representatives only (the child when none is
 *       recorded). Information owed and consent are owed to each of them; a consent by one does not stand for
 *       another's.</li>
 * </ol>
 * Anything owed and not waived gives {@link SharingOutcome#ALLOW_AFTER_INFORMING}, addressed to whoever is
 * owed something; otherwise ALLOW.
 *
 * <p><b>Care team reading</b> (step 6). The {@link Professional#careTeam() care-team basis} is read on the
 * sender and on every recipient; the flow is inside a care team when all of them record the same basis and
 * its condition holds: {@link CareTeamBasis#SAME_ESTABLISHMENT} or {@link CareTeamBasis#LISTED_STRUCTURE}
 * (also citing CSP D1110-3-4) with one and the same institution ({@link Network#institutionOf}) for all;
 * {@link CareTeamBasis#RECOGNISED_BY_PERSON} for all; {@link CareTeamBasis#FORMALISED_GROUP} for all, the
 * group counting at least one health professional current on the flow's date (the model records one such
 * group per network). A party without a basis, or mixed bases, means outside a care team.
 *
 * <p>When P is not the focal person, P is taken as an adult without a recorded representative or measure,
 * since the model records those for the focal person only.
 *
 * <p>This class is immutable and thread-safe; decisions are deterministic (the same network and flow give
 * equal decisions). A decision takes time linear in the flow's parties, in the informations recorded for the
 * flow and in the objections and consents of its addressees (and, for a report, the person's measures);
 * what does not depend on the flow (the informations for flows in general, the formalised care group) is
 * read once per {@link SharingRecord}, so deciding many flows of one network against one record adds no
 * reading of the whole record per flow. Logging is at DEBUG and TRACE, with ids only.
 */
public final class FrenchSharingPolicy implements QuietSharingPolicy {
  private static final String BUNDLE = "org.maillage.core.sharing.fr.Messages";
  private static final Logger LOG = LoggerFactory.getLogger(FrenchSharingPolicy.class);
  private static final FrenchSharingPolicy INSTANCE = new FrenchSharingPolicy();

  private static final Set<PurposeKind> CHILD_PROTECTION_PURPOSES =
      EnumSet.of(PurposeKind.CHILD_SITUATION_ASSESSMENT, PurposeKind.CHILD_PROTECTION_ACTION);
  private static final Set<PurposeKind> GENERAL_PURPOSES =
      EnumSet.of(PurposeKind.CARE_COORDINATION, PurposeKind.PREVENTION, PurposeKind.SOCIAL_FOLLOW_UP);
  private static final Set<RepresentationKind> PROTECTIVE = EnumSet.of(RepresentationKind.GUARDIANSHIP,
      RepresentationKind.CURATORSHIP, RepresentationKind.FAMILY_HABILITATION);

  /**
   * The quiet answer "allowed" of each step that can allow: nothing to inform, no reason, no article to name,
   * the step and what its regime requires.
   */
  private static final Map<FrenchStep, SharingDecision> QUIET_ALLOW = new EnumMap<>(FrenchStep.class);

  static {
    for (FrenchStep step : FrenchStep.values()) {
      QUIET_ALLOW.put(step, SharingDecision.of(SharingOutcome.ALLOW, Jurisdiction.FRANCE, step.regime(),
          step.requirement(), step.key(), ImmutableList.of(), ImmutableList.of(), ImmutableSet.of()));
    }
  }

  private FrenchSharingPolicy() {}

  /**
   * Returns the French policy.
   *
   * @return the one instance
   */
  public static FrenchSharingPolicy instance() {
    return INSTANCE;
  }

  /**
   * Returns {@link Jurisdiction#FRANCE}.
   *
   * @return France
   */
  @Override
  public Jurisdiction jurisdiction() {
    return Jurisdiction.FRANCE;
  }

  /**
   * Decides a flow, indexing the network's record for this one call.
   *
   * @param network the network of the person the flow is about
   * @param flow the flow, recorded or about to be made
   * @return the decision with its grounds
   * @throws IllegalArgumentException if the sender or a recipient is not an individual of the network, or
   *     the person the flow is about is neither an individual of the network nor a representative of its
   *     focal person
   */
  @Override
  public SharingDecision decide(Network network, InformationFlow flow) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(flow, "flow");
    return decide(SharingRecord.of(network), flow);
  }

  /**
   * Decides a flow against a record indexed once, to decide many flows of one network in linear time.
   *
   * @param record the network's indexed record
   * @param flow the flow, recorded or about to be made
   * @return the decision with its grounds
   * @throws IllegalArgumentException as {@link #decide(Network, InformationFlow)}
   */
  public SharingDecision decide(SharingRecord record, InformationFlow flow) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(flow, "flow");
    SharingDecision decision = new Deliberation(record, true).decide(flow);
    if (LOG.isDebugEnabled()) {
      LOG.debug("Flow {} about {} in network {}: {} under {} ({} reason(s))", flow.id(), flow.about(),
          record.network().id(), decision.outcome(), decision.regime(), decision.reasons().size());
    }
    return decision;
  }

  /**
   * Decides a flow, sparing the work of its grounds when it is allowed outright: the validation rules use it
   * on every save, where most flows are allowed and their reasons would be thrown away. A flow allowed
   * outright (ALLOW, nobody to inform) gets a shared constant with the regime and no legal basis or reason;
   * any other flow gets the decision of {@link #decide(SharingRecord, InformationFlow)}, grounds included,
   * so that a finding can name its legal basis.
   *
   * @param record the network's indexed record
   * @param flow the flow
   * @return the shared "allowed" constant of the regime, or the explained decision
   * @throws IllegalArgumentException as {@link #decide(Network, InformationFlow)}
   */
  public SharingDecision outcome(SharingRecord record, InformationFlow flow) {
    return outcomes(record).of(flow);
  }

  /**
   * Returns a reader of quiet outcomes for the flows of one record: each answer is the one of
   * {@link #outcome(SharingRecord, InformationFlow)}, and the reader keeps its working lists from one flow to
   * the next, so that deciding the flows of a network allocates almost nothing for a flow allowed outright.
   * The validation rules make one per validation.
   *
   * <p>A reader is not thread-safe: use it from one thread, for the one record it was made for; the
   * decisions it returns are immutable values and stay valid after the next call.
   *
   * @param record the network's indexed record
   * @return a new reader
   */
  public Outcomes outcomes(SharingRecord record) {
    return new Outcomes(new Deliberation(Objects.requireNonNull(record, "record"), false));
  }

  /**
   * Returns a reader of quiet outcomes for the flows of one network, indexing its record once: the same as
   * {@code outcomes(SharingRecord.of(network))}.
   *
   * @param network the network
   * @return a new reader
   */
  @Override
  public Outcomes outcomes(Network network) {
    return outcomes(SharingRecord.of(network));
  }

  /**
   * Quiet outcomes of one record's flows, made one after the other with the same working lists (see
   * {@link FrenchSharingPolicy#outcomes(SharingRecord)}). Not thread-safe.
   */
  public static final class Outcomes implements FlowOutcomes {
    private final Deliberation deliberation;

    private Outcomes(Deliberation deliberation) {
      this.deliberation = deliberation;
    }

    /**
     * Decides a flow, sparing the grounds of a flow allowed outright, as
     * {@link FrenchSharingPolicy#outcome(SharingRecord, InformationFlow)}.
     *
     * @param flow a flow of the record's network, recorded or about to be made
     * @return the shared "allowed" constant of the regime, or the explained decision
     * @throws IllegalArgumentException as {@link FrenchSharingPolicy#decide(Network, InformationFlow)}
     */
    @Override
    public SharingDecision of(InformationFlow flow) {
      return deliberation.decide(Objects.requireNonNull(flow, "flow"));
    }

    /**
     * Returns a description naming the network only.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "FrenchSharingPolicy.Outcomes{network=" + deliberation.network.id() + "}";
    }
  }

  /**
   * Tells whether the reason recorded for not informing the person beforehand is one the decision's regime
   * accepts: the child's interest under the reports and child-protection regimes (CASF L226-2-1, L226-2-2);
   * an urgency under every regime but child protection and a concern about a child, whose texts name only the
   * child's interest.
   *
   * @param decision a decision of this policy for the flow
   * @param flow the flow
   * @return false when no reason is recorded
   */
  @Override
  public boolean acceptsNotInformedReason(SharingDecision decision, InformationFlow flow) {
    if (flow.notInformedReason().isEmpty()) {
      return false;
    }
    boolean childText = decision.regime() == Regime.CHILD_PROTECTION
        || decision.regime() == Regime.REPORT && flow.report().orElse(null) == ReportKind.CHILD_CONCERN;
    return switch (flow.notInformedReason().get()) {
      case URGENCY -> !childText;
      case AGAINST_CHILD_INTEREST -> decision.regime() == Regime.REPORT || decision.regime() == Regime.CHILD_PROTECTION;
    };
  }

  /**
   * Renders one reason of a decision of this policy.
   *
   * @param reason a reason of a French decision
   * @param locale the reader's locale; French for {@code fr}, else English
   * @return the text, every argument filled
   * @throws IllegalArgumentException if the reason's key is not one of this policy's
   */
  @Override
  public String render(Message reason, Locale locale) {
    Objects.requireNonNull(reason, "reason");
    return MessageFormatter.format(template(reason.key(), locale), reason.arguments(), locale);
  }

  /**
   * Explains a decision of this policy, one line each: the outcome, the regime, the legal basis, whom to
   * inform or ask (when anyone), then every reason in order, each on its own line starting with "- ".
   *
   * @param decision a French decision
   * @param locale the reader's locale
   * @return the lines joined by {@code '\n'}
   * @throws IllegalArgumentException if the decision is not French or holds a reason of another policy
   */
  public String explain(SharingDecision decision, Locale locale) {
    Objects.requireNonNull(decision, "decision");
    if (decision.jurisdiction() != Jurisdiction.FRANCE) {
      throw new IllegalArgumentException("FrenchSharingPolicy.explain: the decision is under "
          + decision.jurisdiction() + ", not FRANCE; explain it with the policy of its jurisdiction");
    }
    StringBuilder out = new StringBuilder(256);
    out.append(line("explain.outcome", "outcome", template("outcome." + decision.outcome().name(), locale), locale));
    out.append('\n').append(line("explain.regime", "regime", template("regime." + decision.regime().name(), locale),
        locale));
    StringJoiner basis = new StringJoiner(", ");
    for (LegalReference article : decision.legalBasis()) {
      basis.add(article.label());
    }
    out.append('\n').append(line("explain.basis", "basis", basis.toString(), locale));
    if (!decision.addressees().isEmpty()) {
      List<String> ids = new ArrayList<>(decision.addressees().size());
      decision.addressees().forEach(a -> ids.add(a.value()));
      out.append('\n').append(line("explain.addressees." + decision.outcome().name(), "addressees",
          String.join(", ", ids), locale));
    }
    for (Message reason : decision.reasons()) {
      out.append('\n').append("- ").append(render(reason, locale));
    }
    return out.toString();
  }

  private static String line(String key, String name, String value, Locale locale) {
    return MessageFormatter.format(template(key, locale), ImmutableMap.of(name, value), locale);
  }

  private static String template(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale()).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("FrenchSharingPolicy.render: " + QuotedInput.quote(key)
          + " is not a message of the French sharing policy; render it with the policy that made it", e);
    }
  }

  /** Returns the jurisdiction, for example {@code FrenchSharingPolicy[FRANCE]}. */
  @Override
  public String toString() {
    return "FrenchSharingPolicy[FRANCE]";
  }

  /** One decision in the making: the flow, its parties, and the reasons and articles gathered so far. */
  /**
   * One run of the procedure, flow after flow: what belongs to the record is read once, what belongs to a flow
   * is reset by {@link #decide}, and the working lists are kept, so that a quiet run allocates nothing for a
   * flow allowed outright. Not thread-safe; an explained decision uses a deliberation of its own.
   */
  private static final class Deliberation {
    private final SharingRecord record;
    private final Network network;
    private final @Nullable Person focal;
    /** Who is informed and consents for a flow about the focal person, read once (empty without one). */
    private final List<MemberId> focalAddressees;
    /**
     * Whether the grounds are written; when false (a quiet run), {@link #reason} and {@link #addBasis} do
     * nothing, and a flow not allowed outright is decided again by an explained deliberation.
     */
    private final boolean explained;
    private final List<Message> reasons = new ArrayList<>();
    /** Step 6's reasons while it is read ahead of step 4 (explained decisions only). */
    private final List<Message> careTeamReasons = new ArrayList<>();
    /** The articles relied on, in first-use order, without repeats (a short list: a set would cost more). */
    private final List<LegalReference> basis = new ArrayList<>(8);
    /** The basis a report stands on, under the reports regime (explained runs only). */
    private @Nullable ReportBasis reportBasis;
    /** The index in {@link #reasons} of the deciding step's reason, or -1 until {@link #mark()}. */
    private int decisive = -1;
    /** The information owed before the flow, by addressee, in the order found. */
    private final Map<MemberId, EnumSet<InformingSubject>> owed = new LinkedHashMap<>();

    // the flow being decided: set by decide before any step reads them
    private InformationFlow flow;
    private LocalDate date;
    private MemberId about;
    /** The focal person when the flow is about her, else null. */
    private @Nullable Person person;
    /**
     * The sender (index 0) then the recipients, in id order for an explained decision (so that reasons read
     * the same however the flow was built) and in the flow's order for a quiet one, whose outcome does not
     * depend on it; the first {@link #partyCount} entries are used.
     */
    private MemberId[] parties = new MemberId[4];
    /** The professional record of each party (null for a non-professional), in the order of {@link #parties}. */
    private @Nullable Professional[] partyProfessionals = new Professional[4];
    private int partyCount;
    /** The flow's declared purpose, read once. */
    private @Nullable Purpose purpose;
    /** The informings recorded for the flow, read on first need. */
    private @Nullable List<Informing> flowInformings;
    private ImmutableCollection<InformationCategory> categories;
    /** Where reasons go: {@link #reasons}, or {@link #careTeamReasons} while step 6 is read ahead. */
    private List<Message> sink = reasons;

    Deliberation(SharingRecord record, boolean explained) {
      this.record = record;
      this.network = record.network();
      this.focal = network.focalPerson().orElse(null);
      this.focalAddressees = focal == null ? List.of() : addresseesOf(focal);
      this.explained = explained;
      this.date = LocalDate.MIN;
      this.categories = ImmutableList.of();
    }

    SharingDecision decide(InformationFlow flow) {
      start(flow);
      SharingDecision decision = report();
      if (decision == null) {
        decision = childProtection();
      }
      if (decision == null) {
        decision = socialAction();
      }
      return decision != null ? decision : sharedSecrecy();
    }

    /** Resets the state of the previous flow and reads what the steps ask for again and again. */
    private void start(InformationFlow flow) {
      this.flow = flow;
      this.date = flow.date();
      this.about = flow.about();
      reasons.clear();
      careTeamReasons.clear();
      basis.clear();
      owed.clear();
      reportBasis = null;
      decisive = -1;
      sink = reasons;
      flowInformings = null;
      this.person = focal != null && focal.id().equals(about) ? focal : null;
      require(person != null || network.hasIndividual(about)
          || focal != null && focal.representative(about).isPresent(), "about", about);
      ImmutableSet<MemberId> recipients = flow.recipients();
      partyCount = recipients.size() + 1;
      if (parties.length < partyCount) {
        parties = new MemberId[partyCount];
        partyProfessionals = new Professional[partyCount];
      }
      parties[0] = flow.sender();
      int i = 1;
      for (MemberId recipient : explained ? ImmutableList.sortedCopyOf(recipients) : recipients) {
        parties[i++] = recipient;
      }
      // each party is looked up once: the steps ask for the parties' professional records again and again
      MemberId focalId = focal == null ? null : focal.id();
      for (i = 0; i < partyCount; i++) {
        MemberId party = parties[i];
        Member m = network.member(party).orElse(null);
        require(m != null || party.equals(focalId), i == 0 ? "sender" : "recipients", party);
        partyProfessionals[i] = m instanceof Professional pro ? pro : null;
      }
      this.purpose = flow.purpose().orElse(null);
      this.categories = explained ? ImmutableList.sortedCopyOf(flow.categories()) : flow.categories();
    }

    private void require(boolean known, String field, MemberId id) {
      if (!known) {
        throw new IllegalArgumentException("InformationFlow." + field + ": " + QuotedInput.quote(id) + " of flow "
            + QuotedInput.quote(flow.id()) + " is not an individual of network " + QuotedInput.quote(network.id())
            + "; add the member or correct the flow");
      }
    }

    private boolean hasRecipient() {
      return partyCount > 1;
    }

    private boolean isParty(MemberId id) {
      for (int i = 0; i < partyCount; i++) {
        if (parties[i].equals(id)) {
          return true;
        }
      }
      return false;
    }

    // ---- step 0: reports ------------------------------------------------------------------------------

    private @Nullable SharingDecision report() {
      if (flow.report().isEmpty()) {
        reason("report.none");
        return null;
      }
      return switch (flow.report().get()) {
        case CHILD_CONCERN -> childConcern();
        case ABUSE_REPORT -> abuseReport();
        case REPORT_TO_JUDGE -> reportToJudge();
      };
    }

    private @Nullable SharingDecision childConcern() {
      Person child = person;
      if (child == null || !child.lifeStage().isMinor()) {
        reason("report.child-concern.not-minor", "person", about);
        return null;
      }
      addBasis(FrenchLaw.CASF_L226_2_1);
      reportBasis(ReportKind.CHILD_CONCERN, FrenchLaw.CASF_L226_2_1);
      reason("report.child-concern.applies", "person", about);
      if (!necessary()) {
        return deny(FrenchStep.REPORT_NECESSITY);
      }
      if (flow.notInformedReason().orElse(null) == NotInformedReason.AGAINST_CHILD_INTEREST) {
        reason("child-interest.waived", "person", about);
        return allow(FrenchStep.REPORT_CHILD_CONCERN);
      }
      List<MemberId> holders = child.holdersOfAuthority();
      if (holders.isEmpty()) {
        reason("report.child-concern.no-holder", "person", about);
        mark();
        urgencyNotAccepted();
        return finish(SharingOutcome.ALLOW_AFTER_INFORMING, FrenchStep.REPORT_CHILD_CONCERN, List.of());
      }
      List<MemberId> missing = notInformed(holders);
      if (missing.isEmpty()) {
        reason("report.child-concern.informed");
        return allow(FrenchStep.REPORT_CHILD_CONCERN);
      }
      for (MemberId holder : missing) {
        reason("report.child-concern.inform", "holder", holder);
      }
      mark();
      urgencyNotAccepted();
      return finish(SharingOutcome.ALLOW_AFTER_INFORMING, FrenchStep.REPORT_CHILD_CONCERN, missing);
    }

    private @Nullable SharingDecision abuseReport() {
      boolean minor = person != null && person.lifeStage().isMinor();
      if (!minor && !vulnerable()) {
        reason("report.abuse.not-vulnerable", "person", about);
        return null;
      }
      addBasis(FrenchLaw.CP_226_14);
      addBasis(FrenchLaw.CP_434_3);
      reportBasis(ReportKind.ABUSE_REPORT, FrenchLaw.CP_226_14, FrenchLaw.CP_434_3);
      reason(minor ? "report.abuse.applies-minor" : "report.abuse.applies-vulnerable", "person", about);
      if (!necessary()) {
        return deny(FrenchStep.REPORT_NECESSITY);
      }
      Professional sender = partyProfessionals[0];
      boolean bound = sender != null && sender.isBoundBySecrecy();
      reason(bound ? "report.abuse.choice" : "report.abuse.duty", "sender", flow.sender());
      return allow(FrenchStep.REPORT_ABUSE);
    }

    private boolean vulnerable() {
      if (person == null) {
        return false;
      }
      for (LegalRepresentative r : person.representatives()) {
        if (PROTECTIVE.contains(r.kind())) {
          return true;
        }
      }
      for (JudicialMeasure m : person.measuresOn(date)) {
        if (m.kind() == MeasureKind.ADULT_PROTECTION) {
          return true;
        }
      }
      return false;
    }

    private @Nullable SharingDecision reportToJudge() {
      JudicialMeasure mandating = null;
      JudicialMeasure elsewhere = null;
      if (person != null) {
        for (JudicialMeasure m : person.measuresOn(date)) {
          if (!m.mandated().contains(flow.sender())) {
            continue;
          }
          MemberId judge = m.judge().orElse(null);
          boolean toJudge = !hasRecipient() || partyCount == 2 && parties[1].equals(judge);
          if (toJudge) {
            mandating = m;
            break;
          }
          if (elsewhere == null) {
            elsewhere = m;
          }
        }
      }
      if (mandating == null) {
        if (elsewhere != null) {
          measureReason("report.judge.not-to-judge", elsewhere);
        } else {
          reason("report.judge.not-mandated", "sender", flow.sender());
        }
        return null;
      }
      LegalReference article = switch (mandating.kind()) {
        case EDUCATIONAL_ASSISTANCE -> FrenchLaw.CC_375_2;
        case PLACEMENT -> FrenchLaw.CC_375_3;
        case INVESTIGATION -> FrenchLaw.CPC_1183;
        case ADULT_PROTECTION -> FrenchLaw.CC_416;
        case OTHER -> FrenchLaw.ORDERING_JUDGE_DECISION;
      };
      addBasis(article);
      reportBasis(ReportKind.REPORT_TO_JUDGE, article);
      measureReason("report.judge.applies", mandating);
      if (!necessary()) {
        return deny(FrenchStep.REPORT_NECESSITY);
      }
      return allow(FrenchStep.REPORT_TO_JUDGE);
    }

    // ---- step 0: child protection ------------------------------------------------------------------------

    private @Nullable SharingDecision childProtection() {
      Person child = childConcerned();
      if (child == null) {
        reason("child-protection.person-out-of-scope", "person", about);
        return null;
      }
      if (!hasRecipient()) {
        reason("child-protection.no-recipient");
        return null;
      }
      boolean inScope = true;
      for (int i = 0; i < partyCount; i++) {
        MemberId party = parties[i];
        Professional p = partyProfessionals[i];
        if (p == null || !p.isBoundBySecrecy() || !p.childProtectionContributor()) {
          reason("child-protection.member-out-of-scope", "member", party);
          inScope = false;
        }
      }
      if (!inScope) {
        return null;
      }
      if (purpose == null || !CHILD_PROTECTION_PURPOSES.contains(purpose.kind())) {
        reason("child-protection.purpose-out-of-scope");
        return null;
      }
      addBasis(FrenchLaw.CASF_L226_2_2);
      addBasis(FrenchLaw.CASF_L112_3);
      reason("child-protection.applies", "person", about);
      if (!necessary()) {
        return deny(FrenchStep.CHILD_PROTECTION_NECESSITY);
      }
      reason("child-protection.no-consent");
      Objection objection = blockingObjection();
      if (objection != null) {
        reason("child-protection.objection-not-applicable", "by", objection.by(), "date", objection.date());
      }
      if (flow.notInformedReason().orElse(null) == NotInformedReason.AGAINST_CHILD_INTEREST) {
        reason("child-interest.waived", "person", child.id());
        return allow(FrenchStep.CHILD_PROTECTION_INFORMATION);
      }
      List<MemberId> addressees = new ArrayList<>(child.holdersOfAuthority());
      if (child.lifeStage() != LifeStage.YOUNG_CHILD) {
        addressees.add(child.id());
      }
      if (addressees.isEmpty()) {
        reason("child-protection.no-holder", "person", child.id());
        mark();
        urgencyNotAccepted();
        return finish(SharingOutcome.ALLOW_AFTER_INFORMING, FrenchStep.CHILD_PROTECTION_INFORMATION, List.of());
      }
      List<MemberId> missing = notInformed(addressees);
      if (missing.isEmpty()) {
        reason("child-protection.informed");
        return allow(FrenchStep.CHILD_PROTECTION_INFORMATION);
      }
      for (MemberId addressee : missing) {
        reason("child-protection.inform", "addressee", addressee);
      }
      mark();
      urgencyNotAccepted();
      return finish(SharingOutcome.ALLOW_AFTER_INFORMING, FrenchStep.CHILD_PROTECTION_INFORMATION, missing);
    }

    /** The child the child-protection regime is about, when P falls within it. */
    private @Nullable Person childConcerned() {
      if (person != null) {
        LifeStage stage = person.lifeStage();
        return stage.isMinor() || stage == LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION ? person : null;
      }
      Person focal = network.focalPerson().orElse(null);
      if (focal == null || !focal.lifeStage().isMinor()) {
        return null;
      }
      boolean family = focal.representative(about).isPresent()
          || network.member(about).map(m -> m instanceof PrimaryMember pm
              && pm.relation().group() == RelationGroup.FAMILY).orElse(false);
      return family ? focal : null;
    }

    // ---- step 0: social action ------------------------------------------------------------------------

    private @Nullable SharingDecision socialAction() {
      SocialActionTrigger trigger = network.socialActionTrigger().orElse(null);
      if (trigger == null) {
        reason("social-action.no-trigger");
        return null;
      }
      if (trigger.recorded().isAfter(date)) {
        reason("social-action.trigger-later", "recorded", trigger.recorded());
        return null;
      }
      if (!hasRecipient()) {
        reason("social-action.no-recipient");
        return null;
      }
      boolean inScope = true;
      for (int i = 0; i < partyCount; i++) {
        MemberId party = parties[i];
        Professional p = partyProfessionals[i];
        if (p == null || !p.socialActionProfessional() || !p.isCurrentOn(date)) {
          reason("social-action.member-out-of-scope", "member", party);
          inScope = false;
        }
      }
      if (!inScope) {
        return null;
      }
      if (purpose == null || purpose.kind() != PurposeKind.SOCIAL_ACTION) {
        reason("social-action.purpose-out-of-scope");
        return null;
      }
      addBasis(FrenchLaw.CASF_L121_6_2);
      addBasis(FrenchLaw.CASF_L116_1);
      reason("social-action.applies", "recorded", trigger.recorded());
      if (!necessary()) {
        return deny(FrenchStep.SOCIAL_ACTION_NECESSITY);
      }
      reason("social-action.allowed");
      mark();
      if (!informed(about, InformingSubject.NATURE_OF_INFORMATION)) {
        reason("social-action.advice-inform", "person", about);
      }
      MemberId coordinator = trigger.coordinator().orElse(null);
      if (coordinator != null && !isParty(coordinator)) {
        reason("social-action.advice-coordinator", "coordinator", coordinator);
      }
      if (!trigger.authoritiesInformed()) {
        reason("social-action.advice-authorities");
      }
      return allow(FrenchStep.SOCIAL_ACTION_ALLOWED);
    }

    // ---- the general regime ---------------------------------------------------------------------------

    private SharingDecision sharedSecrecy() {
      addBasis(FrenchLaw.CSP_L1110_4);
      reason("general.applies");
      if (!necessary()) {
        return deny(FrenchStep.GENERAL_NECESSITY);
      }
      // step 1: the closed list
      addBasis(FrenchLaw.CSP_R1110_2);
      boolean listed = true;
      for (int i = 0; i < partyCount; i++) {
        MemberId party = parties[i];
        Professional p = partyProfessionals[i];
        if (p == null) {
          reason("general.step1.not-professional", "member", party);
          listed = false;
        } else if (!p.regulatoryCategory().isOnClosedList()) {
          reason("general.step1.not-listed", "member", party);
          listed = false;
        }
      }
      if (!listed) {
        return deny(FrenchStep.GENERAL_STEP1_CLOSED_LIST);
      }
      reason("general.step1.listed");
      // step 2: taking part in P's care or support
      if (!hasRecipient()) {
        reason("general.step2.no-recipient");
        return deny(FrenchStep.GENERAL_STEP2_TAKING_PART);
      }
      boolean current = true;
      for (int i = 0; i < partyCount; i++) {
        MemberId party = parties[i];
        // step 1 kept professional members only: their records are at hand
        if (!Objects.requireNonNull(partyProfessionals[i], "step 1 kept professionals only").isCurrentOn(date)) {
          reason("general.step2.not-current", "member", party, "date", date);
          current = false;
        }
      }
      if (!current) {
        return deny(FrenchStep.GENERAL_STEP2_TAKING_PART);
      }
      reason("general.step2.current");
      // step 3: purpose and the double limit
      addBasis(FrenchLaw.CSP_R1110_1);
      Purpose purpose = Objects.requireNonNull(this.purpose, "a necessary flow states its purpose");
      if (!GENERAL_PURPOSES.contains(purpose.kind())) {
        reason("general.step3.purpose-not-allowed");
        return deny(FrenchStep.GENERAL_STEP3_DOUBLE_LIMIT);
      }
      boolean within = true;
      for (int i = 0; i < partyCount; i++) {
        MemberId party = parties[i];
        Professional p = Objects.requireNonNull(partyProfessionals[i], "step 1 kept professionals only");
        if (!explained) {
          // the same answer without a reason per category: one bitwise test on enum sets
          within &= p.missionCategories().containsAll(categories);
          continue;
        }
        for (InformationCategory category : categories) {
          if (!p.missionCategories().contains(category)) {
            reason("general.step3.outside-mission", "member", party, "category", category);
            within = false;
          }
        }
      }
      if (!within) {
        return deny(FrenchStep.GENERAL_STEP3_DOUBLE_LIMIT);
      }
      reason("general.step3.within");
      // step 9 names who is informed and consents; used by steps 4 to 7, recorded last
      List<MemberId> addressees = addresseesOf();
      // step 4: objection
      Objection objection = blockingObjection();
      if (objection != null) {
        reason("general.step4.objection", "by", objection.by(), "date", objection.date());
        return deny(FrenchStep.GENERAL_STEP4_OBJECTION);
      }
      reason("general.step4.no-objection");
      boolean urgency = flow.notInformedReason().orElse(null) == NotInformedReason.URGENCY;
      SharingOutcome outcome;
      FrenchStep decidedBy;
      List<MemberId> outcomeAddressees = List.of();
      // step 6 is read ahead, since it decides whether step 4's information is owed; its reasons follow step 4's
      boolean inside = flow.mode() == FlowMode.EXCHANGE;
      if (!inside) {
        sink = careTeamReasons;
        inside = careTeam();
        sink = reasons;
      }
      if (inside) {
        addBasis(FrenchLaw.CSP_R1110_3);
        rightToObject(addressees);
        if (!careTeamReasons.isEmpty()) {
          reasons.addAll(careTeamReasons);
        }
        if (flow.mode() == FlowMode.EXCHANGE) {
          exchange(addressees);
        } else {
          careTeamSharing(addressees);
        }
        decidedBy = flow.mode() == FlowMode.EXCHANGE ? FrenchStep.GENERAL_STEP5_EXCHANGE
            : FrenchStep.GENERAL_STEP6_CARE_TEAM;
        // step 8
        if (owed.isEmpty()) {
          outcome = SharingOutcome.ALLOW;
        } else if (urgency) {
          reason("general.step8.urgency", "person", about);
          decidedBy = FrenchStep.GENERAL_STEP8_URGENCY;
          outcome = SharingOutcome.ALLOW;
        } else {
          mark();
          if (flow.notInformedReason().isPresent()) {
            reason("general.step8.child-interest-not-accepted");
          }
          outcome = SharingOutcome.ALLOW_AFTER_INFORMING;
          outcomeAddressees = new ArrayList<>(owed.keySet());
        }
      } else {
        if (!careTeamReasons.isEmpty()) {
          reasons.addAll(careTeamReasons);
        }
        // step 7: consent
        addBasis(FrenchLaw.CSP_D1110_3_1);
        List<MemberId> withoutConsent = List.of();
        boolean withdrawn = false;
        for (int i = 0; i < addressees.size(); i++) {
          MemberId addressee = addressees.get(i);
          switch (consent(addressee)) {
            case IN_FORCE -> { }
            case WITHDRAWN -> {
              withdrawn = true;
              mark();
            }
            case MISSING -> {
              if (withoutConsent.isEmpty()) {
                withoutConsent = new ArrayList<>(addressees.size());
              }
              withoutConsent.add(addressee);
            }
          }
        }
        if (withdrawn) {
          return deny(FrenchStep.GENERAL_STEP7_CONSENT);
        }
        decidedBy = FrenchStep.GENERAL_STEP7_CONSENT;
        if (withoutConsent.isEmpty()) {
          outcome = SharingOutcome.ALLOW;
        } else {
          mark();
          if (urgency) {
            reason("general.step8.urgency-consent");
          }
          outcome = SharingOutcome.REQUIRE_CONSENT;
          outcomeAddressees = withoutConsent;
        }
      }
      // step 9: its reasons follow the deciding step's
      mark();
      representatives();
      return finish(outcome, decidedBy, outcomeAddressees);
    }

    private void rightToObject(List<MemberId> addressees) {
      boolean all = true;
      for (int i = 0; i < addressees.size(); i++) {
        MemberId addressee = addressees.get(i);
        if (!informed(addressee, InformingSubject.RIGHT_TO_OBJECT)) {
          owe(addressee, InformingSubject.RIGHT_TO_OBJECT);
          reason("general.step4.right-to-object-owed", "addressee", addressee);
          all = false;
        }
      }
      if (all) {
        reason("general.step4.right-to-object-told");
      }
    }

    private void exchange(List<MemberId> addressees) {
      boolean mixed = healthAndOther();
      boolean all = true;
      for (int i = 0; i < addressees.size(); i++) {
        MemberId addressee = addressees.get(i);
        if (!informed(addressee, InformingSubject.NATURE_OF_INFORMATION)) {
          owe(addressee, InformingSubject.NATURE_OF_INFORMATION);
          reason("general.step5.nature-owed", "addressee", addressee);
          all = false;
        }
        if (mixed && !informed(addressee, InformingSubject.RECIPIENTS)) {
          owe(addressee, InformingSubject.RECIPIENTS);
          reason("general.step5.recipients-owed", "addressee", addressee);
          all = false;
        }
      }
      if (all) {
        reason(mixed ? "general.step5.informed-mixed" : "general.step5.informed");
      }
    }

    private void careTeamSharing(List<MemberId> addressees) {
      boolean all = true;
      for (int i = 0; i < addressees.size(); i++) {
        MemberId addressee = addressees.get(i);
        if (!informed(addressee, InformingSubject.NATURE_OF_INFORMATION)) {
          owe(addressee, InformingSubject.NATURE_OF_INFORMATION);
          reason("general.step6.nature-owed", "addressee", addressee);
          all = false;
        }
      }
      if (all) {
        reason("general.step6.informed");
      }
    }

    private void owe(MemberId who, InformingSubject what) {
      owed.computeIfAbsent(who, w -> EnumSet.noneOf(InformingSubject.class)).add(what);
    }

    /** Step 6: whether the sharing stays inside one care team, with the reason recorded. */
    private boolean careTeam() {
      addBasis(FrenchLaw.CSP_L1110_12);
      CareTeamBasis shared = null;
      boolean same = true;
      boolean recorded = true;
      for (int i = 0; i < partyCount; i++) {
        MemberId party = parties[i];
        Professional p = partyProfessionals[i];
        CareTeamBasis b = p == null ? null : p.careTeam().orElse(null);
        if (b == null) {
          reason("general.step6.no-basis", "member", party);
          recorded = false;
        } else if (shared == null) {
          shared = b;
        } else if (shared != b) {
          same = false;
        }
      }
      if (!recorded) {
        reason("general.step6.outside");
        return false;
      }
      if (!same || shared == null) {
        reason("general.step6.mixed-bases");
        reason("general.step6.outside");
        return false;
      }
      switch (shared) {
        case SAME_ESTABLISHMENT, LISTED_STRUCTURE -> {
          OrganisationId institution = sameInstitution();
          if (institution == null) {
            reason("general.step6.different-structures");
            reason("general.step6.outside");
            return false;
          }
          if (shared == CareTeamBasis.LISTED_STRUCTURE) {
            addBasis(FrenchLaw.CSP_D1110_3_4);
            reason("general.step6.listed-structure", "institution", institution);
          } else {
            reason("general.step6.same-establishment", "institution", institution);
          }
          return true;
        }
        case RECOGNISED_BY_PERSON -> {
          reason("general.step6.recognised", "person", about);
          return true;
        }
        case FORMALISED_GROUP -> {
          if (!record.formalisedGroupHasHealthProfessional(date)) {
            reason("general.step6.no-health-professional");
            reason("general.step6.outside");
            return false;
          }
          reason("general.step6.formalised-group");
          return true;
        }
      }
      throw new AssertionError(shared);
    }

    private @Nullable OrganisationId sameInstitution() {
      OrganisationId institution = null;
      for (int i = 0; i < partyCount; i++) {
        Professional p = partyProfessionals[i];
        OrganisationId own = p == null ? null : network.institutions().get(p.id());
        if (own == null || institution != null && !institution.equals(own)) {
          return null;
        }
        institution = own;
      }
      return institution;
    }

    private enum ConsentState { IN_FORCE, WITHDRAWN, MISSING }

    /**
     * Step 7 for one addressee, with the reason recorded. A withdrawal counts as a refusal unless a consent in
     * force overlapping the categories was given on or after it.
     */
    private ConsentState consent(MemberId by) {
      Consent narrow = null;
      Consent incomplete = null;
      LocalDate lastWithdrawal = null;
      LocalDate lastGivenInForce = null;
      List<Consent> consents = record.consentsBy(by);
      for (int i = 0; i < consents.size(); i++) {
        Consent c = consents.get(i);
        if (c.isInForceOn(date)) {
          if (!covers(c)) {
            narrow = narrow == null ? c : narrow;
          } else if (c.media().isEmpty() || c.securityMeasures().isEmpty()) {
            incomplete = incomplete == null ? c : incomplete;
          } else {
            reason("general.step7.consent", "by", by, "given", c.given());
            return ConsentState.IN_FORCE;
          }
          if (overlaps(c) && (lastGivenInForce == null || c.given().isAfter(lastGivenInForce))) {
            lastGivenInForce = c.given();
          }
        } else if (!c.given().isAfter(date) && overlaps(c)) {
          LocalDate w = c.withdrawn().orElseThrow();
          lastWithdrawal = lastWithdrawal == null || w.isAfter(lastWithdrawal) ? w : lastWithdrawal;
        }
      }
      if (lastWithdrawal != null && (lastGivenInForce == null || lastGivenInForce.isBefore(lastWithdrawal))) {
        reason("general.step7.withdrawn", "by", by, "withdrawn", lastWithdrawal);
        return ConsentState.WITHDRAWN;
      }
      if (incomplete != null) {
        reason("general.step7.incomplete", "by", by, "given", incomplete.given());
      } else if (narrow != null) {
        reason("general.step7.too-narrow", "by", by, "given", narrow.given());
      } else {
        reason("general.step7.missing", "addressee", by);
      }
      return ConsentState.MISSING;
    }

    private boolean covers(Consent c) {
      if (!c.informationCategories().containsAll(categories)) {
        return false;
      }
      for (int i = 1; i < partyCount; i++) {
        Professional p = partyProfessionals[i];
        RegulatoryCategory category = p == null ? RegulatoryCategory.NOT_LISTED : p.regulatoryCategory();
        if (!c.professionalCategories().contains(category)) {
          return false;
        }
      }
      return true;
    }

    private boolean overlaps(Consent c) {
      for (InformationCategory category : categories) {
        if (c.informationCategories().contains(category)) {
          return true;
        }
      }
      return categories.isEmpty();
    }

    /** Step 9: who is informed and consents under the general regime. */
    private List<MemberId> addresseesOf() {
      return person == null ? List.of(about) : focalAddressees;
    }

    /**
     * Step 9 for a flow about the focal person: the person first (unless a young child with a representative),
     * then each representative.
     */
    private static List<MemberId> addresseesOf(Person focal) {
      ImmutableList<MemberId> all = focal.personAndRepresentatives().asList();
      return focal.lifeStage() != LifeStage.YOUNG_CHILD || all.size() == 1 ? all : all.subList(1, all.size());
    }

    private void representatives() {
      if (person == null || person.representatives().isEmpty()) {
        if (person != null && person.lifeStage() == LifeStage.YOUNG_CHILD) {
          reason("general.step9.no-representative", "person", about);
        }
        return;
      }
      addBasis(FrenchLaw.CSP_D1110_3_1);
      if (person.lifeStage() == LifeStage.YOUNG_CHILD) {
        reason("general.step9.young-child", "person", about);
      }
      for (LegalRepresentative r : person.representatives()) {
        reason("general.step9.representative", "representative", r.id());
      }
    }

    private boolean healthAndOther() {
      boolean health = false;
      boolean other = false;
      for (int i = 0; i < partyCount; i++) {
        Professional p = partyProfessionals[i];
        if (p != null && p.regulatoryCategory() == RegulatoryCategory.HEALTH_PROFESSIONAL) {
          health = true;
        } else {
          other = true;
        }
      }
      return health && other;
    }

    // ---- shared helpers -------------------------------------------------------------------------------

    /** Under every regime: a purpose is stated and needs every category carried. */
    private boolean necessary() {
      if (purpose == null) {
        reason("necessity.no-purpose");
        return false;
      }
      if (!explained) {
        return purpose.needs().containsAll(categories);
      }
      boolean met = true;
      for (InformationCategory category : categories) {
        if (!purpose.needs(category)) {
          reason("necessity.unneeded", "category", category);
          met = false;
        }
      }
      if (met) {
        reason("necessity.met");
      }
      return met;
    }

    private @Nullable Objection blockingObjection() {
      Objection found = scan(about, null);
      if (person != null) {
        List<LegalRepresentative> representatives = person.representatives();
        for (int i = 0; i < representatives.size(); i++) {
          found = scan(representatives.get(i).id(), found);
        }
      }
      return found;
    }

    private @Nullable Objection scan(MemberId by, @Nullable Objection found) {
      if (found != null) {
        return found;
      }
      List<Objection> objections = record.objectionsBy(by);
      for (int i = 0; i < objections.size(); i++) {
        Objection o = objections.get(i);
        if (o.blocks(flow)) {
          return o;
        }
      }
      return null;
    }

    /** Whether someone was told beforehand, the person's presence counting for the nature and recipients. */
    private boolean informed(MemberId who, InformingSubject subject) {
      if (flow.personPresent() && who.equals(about) && subject != InformingSubject.RIGHT_TO_OBJECT
          && subject != InformingSubject.CONSENT_TERMS) {
        return true;
      }
      if (flowInformings == null) {
        flowInformings = network.informingsFor(flow.id());
      }
      return record.informedBefore(flowInformings, flow, who, subject);
    }

    private List<MemberId> notInformed(Collection<MemberId> addressees) {
      List<MemberId> missing = new ArrayList<>(addressees.size());
      for (MemberId a : addressees) {
        if (!informed(a, InformingSubject.NATURE_OF_INFORMATION)) {
          missing.add(a);
        }
      }
      return missing;
    }

    private void urgencyNotAccepted() {
      if (flow.notInformedReason().orElse(null) == NotInformedReason.URGENCY) {
        reason("urgency.not-accepted");
      }
    }

    private void addBasis(LegalReference article) {
      if (explained && !basis.contains(article)) {
        basis.add(article);
      }
    }

    private void reason(String key) {
      if (explained) {
        sink.add(Message.of(key));
      }
    }

    private void reason(String key, String name, Object value) {
      if (explained) {
        sink.add(Message.of(key, ImmutableMap.of(name, value)));
      }
    }

    private void reason(String key, String name1, Object value1, String name2, Object value2) {
      if (explained) {
        sink.add(Message.of(key, ImmutableMap.of(name1, value1, name2, value2)));
      }
    }

    /**
     * A reason naming a measure by its kind and start: its reference is personal
     * ({@link org.maillage.Disclosure.Kind#PERSONAL}) and never leaves the model.
     */
    private void measureReason(String key, JudicialMeasure measure) {
      if (explained) {
        sink.add(Message.of(key, ImmutableMap.of("sender", flow.sender(), "measure", measure.kind(),
            "since", measure.period().start())));
      }
    }

    /** Records the reason just given as the deciding step's, unless one already is (explained runs only). */
    private void mark() {
      if (explained && decisive < 0) {
        decisive = reasons.size() - 1;
      }
    }

    /** The basis a report stands on (explained runs only). */
    private void reportBasis(ReportKind kind, LegalReference... articles) {
      if (explained) {
        reportBasis = ReportBasis.of(kind, List.of(articles));
      }
    }

    private SharingDecision allow(FrenchStep step) {
      return finish(SharingOutcome.ALLOW, step, List.of());
    }

    private SharingDecision deny(FrenchStep step) {
      return finish(SharingOutcome.DENY, step, List.of());
    }

    private SharingDecision finish(SharingOutcome outcome, FrenchStep step, Collection<MemberId> addressees) {
      if (!explained) {
        // the quiet run settles the common case; anything else is decided again, with its grounds
        return outcome == SharingOutcome.ALLOW && addressees.isEmpty() ? QUIET_ALLOW.get(step)
            : new Deliberation(record, true).decide(flow);
      }
      mark();
      ImmutableList<Message> all = reasons.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(reasons);
      if (LOG.isTraceEnabled()) {
        for (Message m : all) {
          LOG.trace("Flow {}: {}", flow.id(), m.key());
        }
      }
      SharingDecision.Builder decision = SharingDecision.builder();
      decision.outcome(outcome).jurisdiction(Jurisdiction.FRANCE).regime(step.regime())
          .requirement(step.requirement()).decidingStep(step.key()).legalBasis(basis).reasons(all)
          .addressees(addressees);
      if (reportBasis != null) {
        decision.reportBasis(reportBasis);
      }
      if (decisive >= 0) {
        decision.decidingReason(all.get(decisive));
      }
      return decision.build();
    }
  }
}
