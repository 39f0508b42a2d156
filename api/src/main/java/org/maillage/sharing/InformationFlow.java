package org.maillage.sharing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.FlowId;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;
import org.maillage.member.OutsideProfessional;

/**
 * One recorded flow of information about a person (<i>transmission d'informations</i>): an exchange to
 * identified recipients or a sharing into a shared record.
 *
 * <p>A flow is judged as of its own date. Its recipients are individuals of the network
 * ({@link #recipients()}), identified professionals outside it ({@link #outsideProfessionals()}), authorities
 * ({@link #authorities()}) or, for a sharing, a shared record ({@link #sharedRecord()}); a report to an
 * authority ({@link #report()} present) may name none.
 *
 * <p>This class is immutable and thread-safe; the note is left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class InformationFlow {
  InformationFlow() {}

  /**
   * Returns the flow's id.
   *
   * @return the id
   */
  public abstract FlowId id();

  /**
   * Returns who passed the information.
   *
   * @return the sender's id
   */
  public abstract MemberId sender();

  /**
   * Returns the recipients who are individuals of the network: the identified recipients of an exchange, or
   * those given access by a sharing.
   *
   * @return the recipients' ids, possibly empty when the flow goes elsewhere (an authority, a professional
   *     outside the network, a shared record) or is a report
   */
  public abstract ImmutableSet<MemberId> recipients();

  /**
   * Returns the identified professionals outside the network the flow goes to (<i>professionnels extérieurs</i>).
   *
   * @return the professionals, possibly empty; their ids are not individuals of the network
   * @since 0.2
   */
  public abstract ImmutableList<OutsideProfessional> outsideProfessionals();

  /**
   * Returns the authorities outside the network the flow goes to (<i>autorités destinataires</i>): the CRIP,
   * the prosecutor, the judge of a measure, a court.
   *
   * @return the authorities, possibly empty
   * @since 0.2
   */
  public abstract ImmutableSet<Authority> authorities();

  /**
   * Returns the shared record a sharing is made into (<i>dossier partagé</i>), open to categories of
   * professionals rather than to named recipients.
   *
   * @return the record, or empty; only a {@link FlowMode#SHARING sharing} has one
   * @since 0.2
   */
  public abstract Optional<SharedRecord> sharedRecord();

  /**
   * Tells whether the flow goes anywhere outside the network: to an outside professional, an authority or a
   * shared record.
   *
   * @return true if it does
   * @since 0.2
   */
  public final boolean goesOutsideTheNetwork() {
    return !outsideProfessionals().isEmpty() || !authorities().isEmpty() || sharedRecord().isPresent();
  }

  /**
   * Returns whom the information is about.
   *
   * @return the person's id
   */
  public abstract MemberId about();

  /**
   * Returns the day of the flow.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns whether it is an exchange or a sharing.
   *
   * @return the mode
   */
  public abstract FlowMode mode();

  /**
   * Returns the declared purpose.
   *
   * @return the purpose, or empty when none was stated
   */
  public abstract Optional<Purpose> purpose();

  /**
   * Returns the categories of information carried.
   *
   * @return the categories
   */
  public abstract ImmutableSet<InformationCategory> categories();

  /**
   * Tells whether the person was present when the information was passed (which counts as informed of it).
   *
   * @return false by default
   */
  @Value.Default
  public boolean personPresent() {
    return false;
  }

  /**
   * Returns why the person was not informed beforehand, when a reason the regimes accept is recorded.
   *
   * @return the reason, or empty
   */
  public abstract Optional<NotInformedReason> notInformedReason();

  /**
   * Returns the reason recorded for not informing each person owed the information beforehand, one per person
   * (<i>motif de non-information, par personne</i>): informing the father may be against the child's interest
   * while the mother is still owed the information. A person with none here falls under
   * {@link #notInformedReason()}, the reason for everyone owed.
   *
   * @return the reasons by person owed, possibly empty
   * @since 0.2
   */
  public abstract ImmutableMap<MemberId, NotInformedReason> notInformedReasons();

  /**
   * Returns the reason recorded for not informing one person beforehand: their own, else the flow's.
   *
   * @param owed a person owed the information
   * @return the reason, or empty when none is recorded for them
   * @since 0.2
   */
  public final Optional<NotInformedReason> notInformedReasonFor(MemberId owed) {
    NotInformedReason own = notInformedReasons().get(owed);
    return own != null ? Optional.of(own) : notInformedReason();
  }

  /**
   * Returns the kind of report, when the flow is a report the law requires or permits.
   *
   * @return the kind, or empty for an ordinary flow
   */
  public abstract Optional<ReportKind> report();

  /**
   * Returns a free-text note.
   *
   * @return the note, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> note();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<ModelProblem> problems = new ArrayList<>(0);
    if (recipients().isEmpty() && !goesOutsideTheNetwork() && report().isEmpty()) {
      problems.add(ModelProblem.of("InformationFlow", id(), "recipients", "flow " + QuotedInput.quote(id())
          + " has no recipient; add the recipients (members, outside professionals, authorities or a shared "
          + "record), or mark it as a report to an outside authority"));
    }
    if (recipients().contains(sender())) {
      problems.add(ModelProblem.of("InformationFlow", id(), "recipients", "flow " + QuotedInput.quote(id())
          + " sends to its own sender " + QuotedInput.quote(sender()) + "; remove the sender from the recipients"));
    }
    Set<MemberId> outside = new HashSet<>();
    for (int i = 0; i < outsideProfessionals().size(); i++) {
      MemberId professional = outsideProfessionals().get(i).id();
      if (professional.equals(sender()) || recipients().contains(professional) || !outside.add(professional)) {
        problems.add(ModelProblem.of("InformationFlow", id(), "outsideProfessionals[" + i + "].id", "flow "
            + QuotedInput.quote(id()) + " names " + QuotedInput.quote(professional) + " twice among its parties; "
            + "give each outside professional its own id"));
      }
    }
    if (sharedRecord().isPresent() && mode() != FlowMode.SHARING) {
      problems.add(ModelProblem.of("InformationFlow", id(), "sharedRecord", "flow " + QuotedInput.quote(id())
          + " is an exchange into a shared record; a shared record receives a sharing, so set the mode to "
          + "SHARING"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
  }

  /** Builds an {@link InformationFlow}; not thread-safe. */
  public static final class Builder extends ImmutableInformationFlow.Builder {
    Builder() {}
  }
}
