package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.maillage.MemberId;
import org.maillage.TieId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.NetworkChange;
import org.maillage.core.NetworkAnalysis;
import org.maillage.testing.PrivacyMarkers;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** Comparing a network with itself shows no change; applying one generated edit shows exactly that edit. */
class NetworkChangeProperties {
  private static final LocalDate DATE = NetworkGenerators.REFERENCE_DATE;
  private static final AnalysisSettings SETTINGS = AnalysisSettings.asOf(DATE);

  /** The kinds of edit applied. */
  enum Edit { ADD_MEMBER, ADD_TIE, REMOVE_TIE, CHANGE_TIE_QUALITY }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<Network> withNamesAndNotes() {
    return NetworkGenerators.withNamesAndNotes();
  }

  @Property(tries = 150)
  void a_network_compared_with_itself_shows_no_change(@ForAll("networks") Network network) {
    // when
    NetworkChange change = NetworkAnalysis.compare(network, SETTINGS, Network.builder().from(network).build(),
        SETTINGS);

    // then
    assertThat(change.isEmpty()).as("%s", change).isTrue();
    assertThat(change.metrics()).hasSize(network.isPersonCentred() ? 24 : 0);
  }

  @Property(tries = 200)
  void an_edit_shows_exactly_that_edit(@ForAll("networks") Network network, @ForAll Edit edit) {
    // given
    List<Member> current = network.currentMembers(DATE);
    List<Tie> currentTies = network.ties().stream()
        .filter(t -> network.isCurrentOn(t.first(), DATE) && network.isCurrentOn(t.second(), DATE)).toList();
    Network.Builder edited = Network.builder().from(network);
    MemberId newcomer = MemberId.of("m-newcomer-for-the-edit");
    TieId newTie = TieId.of("t-new-for-the-edit");
    switch (edit) {
      case ADD_MEMBER -> edited.addMember(Participant.builder().id(newcomer).role(ParticipantRole.values()[0])
          .horizon(Horizon.DISTANT).involvedFrom(DATE.minusDays(1)).build());
      case ADD_TIE -> {
        if (current.size() < 1) {
          return;
        }
        // a new member and a tie to a current member: the tie is new whatever ties exist
        edited.addMember(Participant.builder().id(newcomer).role(ParticipantRole.values()[0])
            .horizon(Horizon.DISTANT).involvedFrom(DATE.minusDays(1)).build());
        edited.addTie(Tie.builder().id(newTie).first(newcomer).second(current.get(0).id())
            .nature(TieNature.AFFECTIVE).build());
      }
      case REMOVE_TIE, CHANGE_TIE_QUALITY -> {
        if (currentTies.isEmpty()) {
          return;
        }
        Tie target = currentTies.get(0);
        edited = Network.builder().from(network).ties(network.ties().stream().filter(t -> !t.equals(target)).toList());
        if (edit == Edit.CHANGE_TIE_QUALITY) {
          edited.addTie(Tie.builder().from(target).quality(target.quality() == TieQuality.STRONG ? TieQuality.WEAK
              : TieQuality.STRONG).build());
        }
      }
      default -> throw new AssertionError(edit);
    }

    // when
    NetworkChange change = NetworkAnalysis.compare(network, SETTINGS, edited.build(), SETTINGS);

    // then
    assertThat(change.left()).isEmpty();
    assertThat(change.sectorShifts()).isEmpty();
    assertThat(change.referentsDesignated()).isEmpty();
    assertThat(change.referentsEnded()).isEmpty();
    switch (edit) {
      case ADD_MEMBER -> {
        assertThat(change.joined()).containsExactly(newcomer);
        assertThat(change.tiesAdded()).isEmpty();
      }
      case ADD_TIE -> {
        assertThat(change.joined()).containsExactly(newcomer);
        assertThat(change.tiesAdded()).containsExactly(newTie);
      }
      case REMOVE_TIE -> {
        assertThat(change.joined()).isEmpty();
        assertThat(change.tiesRemoved()).containsExactly(currentTies.get(0).id());
        assertThat(change.tiesAdded()).isEmpty();
        assertThat(change.tiesChanged()).isEmpty();
      }
      case CHANGE_TIE_QUALITY -> {
        assertThat(change.joined()).isEmpty();
        assertThat(change.tiesChanged()).containsExactly(currentTies.get(0).id());
        assertThat(change.tiesAdded()).isEmpty();
        assertThat(change.tiesRemoved()).isEmpty();
      }
      default -> throw new AssertionError(edit);
    }
    Statistics.label("edit").collect(edit);
  }

  @Property(tries = 30)
  void the_change_prints_no_personal_or_free_text(@ForAll("withNamesAndNotes") Network network) {
    // given
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);

    // when
    NetworkChange change = NetworkAnalysis.compare(marked.network(), AnalysisSettings.asOf(DATE.minusMonths(6)),
        SETTINGS);

    // then
    marked.assertNoMarkerIn("NetworkChange.toString", change.toString());
    marked.assertNoMarkerIn("render (fr)", NetworkAnalysis.render(change, Locale.FRENCH));
    marked.assertNoMarkerIn("render (en)", NetworkAnalysis.render(change, Locale.ENGLISH));
  }
}
