package org.maillage.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.Informing;
import org.maillage.sharing.Objection;

/**
 * The indexes of one {@link Network} value (<i>index du réseau</i>), built by {@link NetworkStructure} in the
 * same pass that checks the network's structure, when the value is built: so a first validation finds them
 * made, as a validation again does.
 *
 * <p>Every individual of the network (the focal person and each member), and every representative of the
 * person who may be informed, object or consent, has one {@link Slot}: the member, the first of their ties in
 * the chains of {@link #nextTieEnd}, and the informings, objections, consents and référent designations filed
 * under that id, each list in the network's order. The
 * slots sit in an open-addressing table keyed by id, so one look-up answers every question about an
 * individual. The organisations and the informings by flow have tables of their own.
 *
 * <p>Building is linear in the network's parts (each part read once, each reference one look-up); a look-up
 * takes constant expected time. Built by one thread; once built it is never changed but for memos, each an
 * immutable value made on the first request and written whole to its field (who is current on the last date
 * asked, {@link CurrentMembers}, the institutions and the means holders to volatile fields; a slot's member as
 * an {@code Optional} and its ties as a list to plain fields, safe as a string's hash code is, see
 * {@link Slot#found()}), and it is published with the network value through its lazily initialised (volatile)
 * field, so it is thread-safe.
 */
final class NetworkIndex {
  /**
   * The slot of one individual or representative: what is filed under their id. What only the person and her
   * representatives usually have (informings, objections, consents) and référents (designations) sits in a
   * {@link Speech} made for the slots that have some, so a member's slot stays small.
   */
  static final class Slot {
    final MemberId id;
    /** The member of that id, or null for the focal person or a representative who is not a member. */
    @Nullable Member member;
    /** Whether the id names an individual of the network: the focal person or a member. */
    boolean individual;
    /** The member's position in {@link Network#members()}, or -1 for the focal person or a representative. */
    int position = -1;
    /** Whether the individual holds a means of the personalised project. */
    boolean holdsMeans;
    /**
     * The member as {@link Network#member} returns it, made on the first request and kept ({@link #found()}): rules
     * ask for members many times per validation, and an {@code Optional} made on each call is not always removed
     * by the compiler; made when the value is built, it would be made for members never asked for.
     */
    private @Nullable Optional<Member> found;
    /** The end of the individual's first tie, where their chain starts ({@link #nextTieEnd}), or -1 without ties. */
    int firstTieEnd = -1;
    /** The end of the individual's last tie, or -1 without ties. */
    int lastTieEnd = -1;
    /** The individual's ties as a list, made from their chain on the first request ({@link #ties}), or null. */
    private @Nullable ImmutableList<Tie> tieList;
    @Nullable Speech speech;

    Slot(MemberId id) {
      this.id = id;
    }

    /**
     * Returns the member as an {@code Optional}, made once. Kept in a plain field, like a string's hash code: an
     * {@code Optional} is immutable (its value a final field), so a thread that reads the field while another
     * writes it sees either null, and makes an equal one, or the whole value; a volatile write would fence each
     * member's first request.
     */
    Optional<Member> found() {
      @Nullable Optional<Member> made = found;
      if (made == null) {
        made = Optional.ofNullable(member);
        found = made;
      }
      return made;
    }

    private Speech speech() {
      Speech made = speech;
      if (made == null) {
        made = new Speech();
        speech = made;
      }
      return made;
    }

    /** Files a tie end (see {@link #nextTieEnd}) as the individual's last. */
    void fileTieEnd(int end, int[] nextTieEnd) {
      nextTieEnd[end] = -1;
      if (lastTieEnd < 0) {
        firstTieEnd = end;
      } else {
        nextTieEnd[lastTieEnd] = end;
      }
      lastTieEnd = end;
    }

    /**
     * Returns the individual's ties as a list, in the network's order, made once from their chain. Kept in a plain
     * field like {@link #found()}: an immutable list's elements are reached through its final fields, so a thread
     * that reads the field while another writes it sees either null, and makes an equal list, or the whole list.
     */
    ImmutableList<Tie> ties(NetworkIndex index) {
      @Nullable ImmutableList<Tie> made = tieList;
      if (made == null) {
        int count = 0;
        for (int end = firstTieEnd; end >= 0; end = index.nextTieEnd[end]) {
          count++;
        }
        ImmutableList.Builder<Tie> ties = ImmutableList.builderWithExpectedSize(count);
        for (int end = firstTieEnd; end >= 0; end = index.nextTieEnd[end]) {
          ties.add(index.tieAt(end));
        }
        made = ties.build();
        tieList = made;
      }
      return made;
    }

    /** Files a designation; returns true if it is the first of this professional. */
    boolean fileDesignation(ReferentDesignation designation) {
      Speech speech = speech();
      boolean first = speech.designationList == null;
      speech.designationList = add(speech.designationList, designation);
      return first;
    }

    void fileInforming(Informing informing, boolean general) {
      Speech speech = speech();
      speech.informingList = add(speech.informingList, informing);
      if (general) {
        speech.generalInformingList = add(speech.generalInformingList, informing);
      }
    }

    void fileObjection(Objection objection) {
      Speech speech = speech();
      speech.objectionList = add(speech.objectionList, objection);
    }

    void fileConsent(Consent consent) {
      Speech speech = speech();
      speech.consentList = add(speech.consentList, consent);
    }

    private static <V> ImmutableList.Builder<V> add(ImmutableList.@Nullable Builder<V> list, V value) {
      ImmutableList.Builder<V> to = list != null ? list : ImmutableList.builder();
      to.add(value);
      return to;
    }

    /** Turns the lists filed while building into the slot's immutable lists. */
    void finish() {
      if (speech != null) {
        speech.finish();
      }
    }

    ImmutableList<Informing> informings() {
      return speech == null ? ImmutableList.of() : speech.informings;
    }

    ImmutableList<Informing> generalInformings() {
      return speech == null ? ImmutableList.of() : speech.generalInformings;
    }

    ImmutableList<Objection> objections() {
      return speech == null ? ImmutableList.of() : speech.objections;
    }

    ImmutableList<Consent> consents() {
      return speech == null ? ImmutableList.of() : speech.consents;
    }

    ImmutableList<ReferentDesignation> designations() {
      return speech == null ? ImmutableList.of() : speech.designations;
    }
  }

  /** What is filed under a speaker or a référent: informings, objections, consents, designations. */
  static final class Speech {
    ImmutableList<Informing> informings = ImmutableList.of();
    ImmutableList<Informing> generalInformings = ImmutableList.of();
    ImmutableList<Objection> objections = ImmutableList.of();
    ImmutableList<Consent> consents = ImmutableList.of();
    ImmutableList<ReferentDesignation> designations = ImmutableList.of();

    // while building only
    ImmutableList.@Nullable Builder<Informing> informingList;
    ImmutableList.@Nullable Builder<Informing> generalInformingList;
    ImmutableList.@Nullable Builder<Objection> objectionList;
    ImmutableList.@Nullable Builder<Consent> consentList;
    ImmutableList.@Nullable Builder<ReferentDesignation> designationList;

    void finish() {
      if (informingList != null) {
        informings = informingList.build();
        informingList = null;
      }
      if (generalInformingList != null) {
        generalInformings = generalInformingList.build();
        generalInformingList = null;
      }
      if (objectionList != null) {
        objections = objectionList.build();
        objectionList = null;
      }
      if (consentList != null) {
        consents = consentList.build();
        consentList = null;
      }
      if (designationList != null) {
        designations = designationList.build();
        designationList = null;
      }
    }
  }

  /**
   * The informings recorded for one flow, in the network's order. Most flows have one at most: the first is
   * kept as a list of one, and a builder is made only for a second.
   */
  static final class FlowGroup {
    ImmutableList<Informing> informings = ImmutableList.of();
    private ImmutableList.@Nullable Builder<Informing> list;

    void add(Informing informing) {
      ImmutableList.@Nullable Builder<Informing> more = list;
      if (more != null) {
        more.add(informing);
      } else if (informings.isEmpty()) {
        informings = ImmutableList.of(informing);
      } else {
        more = ImmutableList.builder();
        more.addAll(informings).add(informing);
        list = more;
      }
    }

    void finish() {
      if (list != null) {
        informings = list.build();
        list = null;
      }
    }
  }

  /**
   * A table of values by id, open addressing with linear probing, sized once for the ids expected (less than
   * three quarters full). An id is keyed by its text (its {@code value()}): a table holds ids of one kind, and two
   * ids of one kind are equal when their texts are. Keyed so, a probe hashes and compares strings, whose methods
   * the compiler calls directly; keyed by the ids themselves, the probe code, shared by tables of member,
   * organisation, flow, tie, meeting and objective ids, would look up each id's {@code hashCode} and
   * {@code equals} through its class at every probe.
   */
  static final class Table<V> {
    private final String[] keys;
    /**
     * The hash code of the key in each slot: a probe compares it before calling {@code equals}, so that passing over
     * the keys of other hash codes reads one int array instead of each key and its text.
     */
    private final int[] hashes;
    /** The values by slot, or null for a set of keys (every value then reads as {@code Boolean.TRUE}). */
    private final Object @Nullable [] values;
    private final int mask;

    Table(int expectedKeys) {
      this(expectedKeys, true);
    }

    /**
     * Makes a table of a capacity of at least 4/3 of the keys expected, a power of two (less than three quarters
     * full once they are in), with or without values.
     */
    private Table(int expectedKeys, boolean withValues) {
      int capacity = Integer.highestOneBit(Math.max(3, expectedKeys + expectedKeys / 3)) << 1;
      this.keys = new String[capacity];
      this.hashes = new int[capacity];
      this.values = withValues ? new Object[capacity] : null;
      this.mask = capacity - 1;
    }

    /** Makes a set of ids: {@link #putIfAbsent} answers whether an id was there, with {@code Boolean.TRUE}. */
    static Table<Boolean> setOf(int expectedKeys) {
      return new Table<>(expectedKeys, false);
    }

    private static int spread(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    /** Returns the value under an id's text, or null. */
    @Nullable V get(String key) {
      int hash = key.hashCode();
      for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
        String k = keys[i];
        if (k == null) {
          return null;
        }
        if (k == key || hashes[i] == hash && k.equals(key)) {
          return valueAt(i);
        }
      }
    }

    @SuppressWarnings("unchecked") // only values of V are put; a set's values are Boolean.TRUE
    private V valueAt(int i) {
      return values == null ? (V) Boolean.TRUE : (V) values[i];
    }

    /**
     * Puts the value under an id's text unless a value is there already; returns the value there before, or null.
     */
    @Nullable V putIfAbsent(String key, V value) {
      int hash = key.hashCode();
      for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
        String k = keys[i];
        if (k == null) {
          keys[i] = key;
          hashes[i] = hash;
          if (values != null) {
            values[i] = value;
          }
          return null;
        }
        if (k == key || hashes[i] == hash && k.equals(key)) {
          return valueAt(i);
        }
      }
    }

    /** Applies an action to each value, in table order. */
    @SuppressWarnings("unchecked") // only values of V are put
    void forEachValue(java.util.function.Consumer<? super V> action) {
      if (values == null) {
        return;
      }
      for (Object value : values) {
        if (value != null) {
          action.accept((V) value);
        }
      }
    }
  }

  final @Nullable MemberId focalPersonId;
  final Table<Slot> slots;
  /** The network's ties: tie {@code t} has two ends, {@code 2 t} (its first) and {@code 2 t + 1} (its second). */
  final ImmutableList<Tie> ties;
  /**
   * Each individual's ties, chained in the network's order: for each tie end, the individual's next end, or -1;
   * the chain of an individual starts at {@link Slot#firstTieEnd}. The pass that checks the ties files them so,
   * with no list made and no second pass: a list per individual is made only when one is asked for
   * ({@link Network#tiesOf}: in a validation, for a few référents), and {@link Network}'s own walks (whether an
   * individual gives or receives support, is mobilised) follow the chains.
   */
  final int[] nextTieEnd;
  final Table<Organisation> organisations;
  /** The informings by flow, for every flow. */
  final Table<FlowGroup> flowInformings;
  final ImmutableList<PrimaryMember> primaryMembers;
  final ImmutableList<Professional> professionals;
  final ImmutableList<Participant> participants;
  final ImmutableSet<MemberId> designatedReferents;

  NetworkIndex(@Nullable MemberId focalPersonId, Table<Slot> slots, ImmutableList<Tie> ties, int[] nextTieEnd,
      Table<Organisation> organisations, Table<FlowGroup> flowInformings,
      ImmutableList<PrimaryMember> primaryMembers, ImmutableList<Professional> professionals,
      ImmutableList<Participant> participants, ImmutableSet<MemberId> designatedReferents) {
    this.focalPersonId = focalPersonId;
    this.slots = slots;
    this.ties = ties;
    this.nextTieEnd = nextTieEnd;
    this.organisations = organisations;
    this.flowInformings = flowInformings;
    this.primaryMembers = primaryMembers;
    this.professionals = professionals;
    this.participants = participants;
    this.designatedReferents = designatedReferents;
  }

  /**
   * Who is current on a date: kept for the last date asked, since a validation asks for one date many times.
   * A memo: an immutable holder read and written whole through a volatile field, so threads asking for other
   * dates only compute it again.
   */
  private volatile @Nullable CurrentMembers current;

  /**
   * The institution of each professional who has an organisation, made on first request: a memo like
   * {@link #current}, immutable and published whole, since few readers ask for the whole map (most read
   * {@link Network#institutionOf} of one professional).
   */
  private volatile @Nullable ImmutableMap<MemberId, OrganisationId> institutions;

  /**
   * The holders of the project's means, made on first request, a memo like {@link #institutions}: the build
   * marks each holder's slot ({@link Slot#holdsMeans}), which is what {@link Network#isMobilised} reads.
   */
  private volatile @Nullable ImmutableSet<MemberId> meansHolders;

  /** Returns the holders of the means of the project of the network of this index, in the project's order. */
  ImmutableSet<MemberId> meansHolders(Network network) {
    @Nullable ImmutableSet<MemberId> known = meansHolders;
    if (known == null) {
      Optional<PersonalisedProject> project = network.project();
      if (project.isEmpty()) {
        known = ImmutableSet.of();
      } else {
        ImmutableSet.Builder<MemberId> made = ImmutableSet.builder();
        for (Objective objective : project.get().objectives()) {
          for (Means means : objective.means()) {
            made.add(means.holder());
          }
        }
        known = made.build();
      }
      meansHolders = known;
    }
    return known;
  }

  /** Returns the institutions of the network of this index, by professional, in the order of its professionals. */
  ImmutableMap<MemberId, OrganisationId> institutions(Network network) {
    @Nullable ImmutableMap<MemberId, OrganisationId> known = institutions;
    if (known == null) {
      ImmutableMap.Builder<MemberId, OrganisationId> made = ImmutableMap.builderWithExpectedSize(professionals.size());
      for (int i = 0; i < professionals.size(); i++) {
        Professional p = professionals.get(i);
        Optional<OrganisationId> institution = network.institutionOf(p);
        if (institution.isPresent()) {
          made.put(p.id(), institution.get());
        }
      }
      known = made.buildOrThrow();
      institutions = known;
    }
    return known;
  }

  /** Returns who is current on a date in the network of this index. */
  CurrentMembers currentOn(LocalDate date, Network network) {
    @Nullable CurrentMembers known = current;
    if (known == null || !known.date.equals(date)) {
      known = new CurrentMembers(date, network);
      current = known;
    }
    return known;
  }

  /** Returns the slot of an id, or null when it names no individual or representative of the network. */
  @Nullable Slot slot(MemberId id) {
    return slots.get(id.value());
  }

  /** Returns the ties of an individual's slot, in the network's order. */
  ImmutableList<Tie> tiesOf(Slot slot) {
    return slot.ties(this);
  }

  /** Returns the tie of a tie end. */
  Tie tieAt(int end) {
    return ties.get(end >> 1);
  }

  /** Returns an organisation of the network, or null. */
  @Nullable Organisation organisation(OrganisationId id) {
    return organisations.get(id.value());
  }

  /** Returns the informings recorded for a flow, or the empty list. */
  ImmutableList<Informing> informingsFor(FlowId flow) {
    FlowGroup group = flowInformings.get(flow.value());
    return group == null ? ImmutableList.of() : group.informings;
  }
}
