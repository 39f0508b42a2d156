package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.person.Person;
import org.maillage.sharing.InformationFlow;

/**
 * The jqwik domain of Maillage (<i>domaine de génération</i>): with {@code @Domain(MaillageDomain.class)} on
 * a property or its container, parameters such as {@code @ForAll Network network} or
 * {@code @ForAll Professional professional} are drawn from {@link NetworkArbitraries}.
 *
 * <pre>{@code
 * @Domain(MaillageDomain.class)
 * class MyRuleProperties {
 *   @Property(tries = 100)
 *   void neverThrows(@ForAll Network network) { ... }
 * }
 * }</pre>
 *
 * <p>Dates are relative to {@link NetworkArbitraries#REFERENCE_DATE}. A {@link LocalDate} parameter is
 * drawn from {@link NetworkArbitraries#dates()} as well, so that it falls near the generated networks.
 * Under a {@code @Domain} annotation jqwik uses only the domains named: add
 * {@code @Domain(DomainContext.Global.class)} as well for its default types ({@code int}, {@code String},
 * ...). Instances are created by jqwik; they hold no state.
 *
 * @since 0.1
 */
public class MaillageDomain extends DomainContextBase {

  /** Creates the domain; called by jqwik. */
  public MaillageDomain() {}

  /**
   * Provides networks of every kind and shape.
   *
   * @return {@link NetworkArbitraries#networks()}
   */
  @Provide
  public Arbitrary<Network> networks() {
    return NetworkArbitraries.networks();
  }

  /**
   * Provides focal persons.
   *
   * @return {@link NetworkArbitraries#persons()}
   */
  @Provide
  public Arbitrary<Person> persons() {
    return NetworkArbitraries.persons();
  }

  /**
   * Provides members of every kind.
   *
   * @return {@link NetworkArbitraries#members()}
   */
  @Provide
  public Arbitrary<Member> members() {
    return NetworkArbitraries.members();
  }

  /**
   * Provides primary members.
   *
   * @return {@link NetworkArbitraries#primaryMembers()}
   */
  @Provide
  public Arbitrary<PrimaryMember> primaryMembers() {
    return NetworkArbitraries.primaryMembers();
  }

  /**
   * Provides professionals.
   *
   * @return {@link NetworkArbitraries#professionals()}
   */
  @Provide
  public Arbitrary<Professional> professionals() {
    return NetworkArbitraries.professionals();
  }

  /**
   * Provides participants.
   *
   * @return {@link NetworkArbitraries#participants()}
   */
  @Provide
  public Arbitrary<Participant> participants() {
    return NetworkArbitraries.participants();
  }

  /**
   * Provides organisations.
   *
   * @return {@link NetworkArbitraries#organisations()}
   */
  @Provide
  public Arbitrary<Organisation> organisations() {
    return NetworkArbitraries.organisations();
  }

  /**
   * Provides ties.
   *
   * @return {@link NetworkArbitraries#ties()}
   */
  @Provide
  public Arbitrary<Tie> ties() {
    return NetworkArbitraries.ties();
  }

  /**
   * Provides meetings.
   *
   * @return {@link NetworkArbitraries#meetings()}
   */
  @Provide
  public Arbitrary<Meeting> meetings() {
    return NetworkArbitraries.meetings();
  }

  /**
   * Provides flows of information.
   *
   * @return {@link NetworkArbitraries#informationFlows()}
   */
  @Provide
  public Arbitrary<InformationFlow> informationFlows() {
    return NetworkArbitraries.informationFlows();
  }

  /**
   * Provides periods.
   *
   * @return {@link NetworkArbitraries#periods()}
   */
  @Provide
  public Arbitrary<Period> periods() {
    return NetworkArbitraries.periods();
  }

  /**
   * Provides membership histories.
   *
   * @return {@link NetworkArbitraries#involvements()}
   */
  @Provide
  public Arbitrary<ImmutableList<Period>> involvements() {
    return NetworkArbitraries.involvements();
  }

  /**
   * Provides dates near the generated networks.
   *
   * @return {@link NetworkArbitraries#dates()}
   */
  @Provide
  public Arbitrary<LocalDate> dates() {
    return NetworkArbitraries.dates();
  }

  /**
   * Provides member ids.
   *
   * @return {@link NetworkArbitraries#memberIds()}
   */
  @Provide
  public Arbitrary<MemberId> memberIds() {
    return NetworkArbitraries.memberIds();
  }

  /**
   * Provides network ids.
   *
   * @return {@link NetworkArbitraries#networkIds()}
   */
  @Provide
  public Arbitrary<NetworkId> networkIds() {
    return NetworkArbitraries.networkIds();
  }

  /**
   * Provides organisation ids.
   *
   * @return {@link NetworkArbitraries#organisationIds()}
   */
  @Provide
  public Arbitrary<OrganisationId> organisationIds() {
    return NetworkArbitraries.organisationIds();
  }

  /**
   * Provides tie ids.
   *
   * @return {@link NetworkArbitraries#tieIds()}
   */
  @Provide
  public Arbitrary<TieId> tieIds() {
    return NetworkArbitraries.tieIds();
  }

  /**
   * Provides meeting ids.
   *
   * @return {@link NetworkArbitraries#meetingIds()}
   */
  @Provide
  public Arbitrary<MeetingId> meetingIds() {
    return NetworkArbitraries.meetingIds();
  }

  /**
   * Provides flow ids.
   *
   * @return {@link NetworkArbitraries#flowIds()}
   */
  @Provide
  public Arbitrary<FlowId> flowIds() {
    return NetworkArbitraries.flowIds();
  }

  /**
   * Provides objective ids.
   *
   * @return {@link NetworkArbitraries#objectiveIds()}
   */
  @Provide
  public Arbitrary<ObjectiveId> objectiveIds() {
    return NetworkArbitraries.objectiveIds();
  }
}
