package org.maillage.sharing;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.network.Network;

/**
 * An objection of the person (or their representative) to flows about them (<i>opposition</i>).
 *
 * <p>It can be made at any time and blocks every later flow, unless it names categories of information,
 * recipients or organisations, in which case it blocks only flows carrying one of those categories, or going to
 * one of those recipients or to a professional of one of those organisations.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Objection {
  Objection() {}

  /**
   * Returns who objected.
   *
   * @return the id of the person or representative
   */
  public abstract MemberId by();

  /**
   * Returns the day of the objection.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the categories it is limited to.
   *
   * @return the categories; empty means every category
   */
  public abstract ImmutableSet<InformationCategory> categories();

  /**
   * Returns the recipients it is limited to: individuals of the network or
   * {@link InformationFlow#outsideProfessionals() professionals outside it}, by id.
   *
   * @return the recipients; empty, with no {@link #organisations()}, means every recipient
   */
  public abstract ImmutableSet<MemberId> recipients();

  /**
   * Returns the organisations it is limited to: it covers a professional recipient who works in one of them, or
   * in an organisation whose parent body (<i>institution</i>) is one of them.
   *
   * @return the organisations; empty, with no {@link #recipients()}, means every recipient
   * @since 0.2
   */
  public abstract ImmutableSet<OrganisationId> organisations();

  /**
   * Tells whether this objection blocks a flow: made on or before its date, and within its scope (one of its
   * categories, when it names some; one of its recipients or a recipient of one of its organisations, when it
   * names some). An objection limited to recipients or organisations covers neither an authority nor a shared
   * record; one that names none covers every recipient.
   *
   * @param flow the flow
   * @param network the network whose members and organisations the flow's recipients are read in
   * @return true if the flow is blocked
   * @since 0.2 (took the flow alone in 0.1)
   */
  public final boolean blocks(InformationFlow flow, Network network) {
    if (date().isAfter(flow.date())) {
      return false;
    }
    if (!categories().isEmpty() && !intersects(categories(), flow.categories())) {
      return false;
    }
    if (recipients().isEmpty() && organisations().isEmpty()) {
      return true;
    }
    for (MemberId recipient : flow.recipients()) {
      Optional<Member> member = network.member(recipient);
      if (recipients().contains(recipient)
          || member.isPresent() && member.get() instanceof Professional p && inOrganisations(p, network)) {
        return true;
      }
    }
    for (OutsideProfessional outside : flow.outsideProfessionals()) {
      if (recipients().contains(outside.id()) || inOrganisations(outside, network)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a professional works in one of the organisations, or in one whose parent body is one of them. */
  private boolean inOrganisations(ProfessionalProfile professional, Network network) {
    if (organisations().isEmpty()) {
      return false;
    }
    Optional<OrganisationId> own = professional.organisation();
    if (own.isEmpty()) {
      return false;
    }
    if (organisations().contains(own.get())) {
      return true;
    }
    Optional<OrganisationId> parent = network.organisation(own.get()).flatMap(Organisation::parent);
    return parent.isPresent() && organisations().contains(parent.get());
  }

  /** Whether two sets share an element: the smaller is read, the larger asked (no stream per objection). */
  private static <T> boolean intersects(ImmutableSet<T> a, ImmutableSet<T> b) {
    ImmutableSet<T> smaller = a.size() <= b.size() ? a : b;
    ImmutableSet<T> larger = smaller == a ? b : a;
    for (T element : smaller) {
      if (larger.contains(element)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Objection}; not thread-safe. */
  public static final class Builder extends ImmutableObjection.Builder {
    Builder() {}
  }
}
