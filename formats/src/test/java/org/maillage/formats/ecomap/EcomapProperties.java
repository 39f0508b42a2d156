package org.maillage.formats.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.maillage.Language;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** The ecomap of any valid network: well-formed, the same every time, readable, and naming no one in roles. */
class EcomapProperties {

  Gen<Network> networks() {
    return NetworkGenerators.withNamesAndNotes();
  }

  Gen<Language> languages() {
    return Gen.of(Language.class);
  }

  @Property(tries = 100)
  void any_network_draws_without_overlap_inside_the_drawing_and_the_same_twice(@ForAll("networks") Network network,
      @ForAll("languages") Language language) throws Exception {
    // given
    EcomapOptions options = EcomapOptions.builder(NetworkGenerators.REFERENCE_DATE).language(language).build();
    Statistics.label("members drawn").collect(network.currentMembers(NetworkGenerators.REFERENCE_DATE).size() > 20
        ? "more than 20" : "20 or fewer");

    // when
    String svg = Ecomap.svg(network, options);
    Picture picture = new Picture(svg);

    // then
    assertThat(Ecomap.svg(network, options)).isEqualTo(svg);
    assertThat(Picture.overlapping(picture.texts)).isEmpty();
    assertThat(Picture.overlapping(picture.shapes)).isEmpty();
    List<EcomapLayout.Box> all = new ArrayList<>(picture.texts);
    all.addAll(picture.shapes);
    assertThat(all).allMatch(picture::inside);
    // every name and note of the generated network carries a tag and a tilde: none is read in roles
    assertThat(svg).doesNotContain("~");
  }
}
