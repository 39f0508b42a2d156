package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/** A damaged bundle is read, with what it lost reported, or refused with a FhirException; never anything else. */
class DamagedBundleProperties {
  private static final FhirExport EXPORT = FhirExport.with(FhirOptions.builder()
      .missingData(MissingDataPolicy.PLACEHOLDER).build());
  private static final String[] REPLACEMENTS = {"", "\"x\"", "1", "[]", "{}", "null", "\"2026-13-45\"", "\" \""};

  Gen<long[]> damage() {
    return random -> new long[] {random.nextLong(), random.nextLong()};
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  @Property(tries = 200)
  void a_damaged_bundle_is_read_or_refused_with_the_one_error_type(@ForAll("networks") Network network,
      @ForAll("damage") long[] seeds) {
    // given: one string value of the bundle replaced with something else
    String json = EXPORT.export(network).json();
    SplittableRandom random = new SplittableRandom(seeds[0]);
    int quotes = 0;
    for (int i = 0; i < json.length(); i++) {
      if (json.charAt(i) == ':' && json.charAt(i + 1) == '"') {
        quotes++;
      }
    }
    int target = random.nextInt(Math.max(1, quotes));
    int at = -1;
    for (int i = 0, seen = 0; i < json.length(); i++) {
      if (json.charAt(i) == ':' && json.charAt(i + 1) == '"' && seen++ == target) {
        at = i + 1;
        break;
      }
    }
    int end = json.indexOf('"', at + 1);
    String damaged = json.substring(0, at) + REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]
        + json.substring(end + 1);

    // when
    Throwable thrown = null;
    try {
      FhirImport.create().read(damaged);
    } catch (RuntimeException e) {
      thrown = e;
    }

    // then
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(FhirException.class);
    }
  }
}
