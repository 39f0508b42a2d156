package org.maillage.sharing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.FlowId;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * One recorded flow of information about a person (<i>transmission d'informations</i>): an exchange to
 * identified recipients or a sharing into a shared record.
 *
 * <p>A flow is judged as of its own date. For a report to an authority outside the network
 * ({@link #report()} present), the recipients may be empty.
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
   * Returns the recipients: the identified recipients of an exchange, or those given access by a sharing.
   *
   * @return the recipients' ids; empty only for a report to an outside authority
   */
  public abstract ImmutableSet<MemberId> recipients();

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
    if (recipients().isEmpty() && report().isEmpty()) {
      throw new InvalidModelException(ModelProblem.of("InformationFlow", id(), "recipients", "flow "
          + QuotedInput.quote(id()) + " has no recipient; add the recipients, or mark it as a report to an "
          + "outside authority"));
    }
    if (recipients().contains(sender())) {
      throw new InvalidModelException(ModelProblem.of("InformationFlow", id(), "recipients", "flow "
          + QuotedInput.quote(id()) + " sends to its own sender " + QuotedInput.quote(sender())
          + "; remove the sender from the recipients"));
    }
  }

  /** Builds an {@link InformationFlow}; not thread-safe. */
  public static final class Builder extends ImmutableInformationFlow.Builder {
    Builder() {}
  }
}
