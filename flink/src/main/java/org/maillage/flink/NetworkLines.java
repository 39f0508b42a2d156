package org.maillage.flink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.maillage.NetworkId;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.network.Network;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;

/**
 * A seeded generator of person-centred networks as JSON Lines (<i>réseaux générés</i>), so that a run can be
 * repeated: the same seed and index always give the same line, whatever the order the lines are made in.
 *
 * <p>The networks are {@link NetworkGenerators#personCentredNetworks()}' (module {@code maillage-testing}, which
 * is never published, as this module is not): valid structures of every size the generator draws (mostly
 * small, one in ten of 100 members or more), with findings of many rules, each given the id {@code n-<index>}
 * and, for six in ten, one of {@link #TERRITORIES}. {@link #sized} gives the lines of a throughput run
 * instead: a few networks of about the size asked, drawn once, repeated with an id of their own each.
 *
 * <p>Run as a program it writes a file, gzip-compressed when its name ends in {@code .gz}:
 * <pre>{@code
 * mvn -q -B -pl flink -am compile exec:exec -Dexec.mainClass=org.maillage.flink.NetworkLines \
 *     -Dexec.args="--count 1000 --seed 42 --output target/networks.jsonl.gz"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class NetworkLines {
  /** The territories the generated networks record, when they record one. */
  public static final List<String> TERRITORIES =
      List.of("quartier sud", "quartier nord", "centre-ville", "vallée", "plateau");

  /** The networks {@link #sized} draws and repeats. */
  static final int TEMPLATES = 8;

  private static final Gen<Network> NETWORKS = NetworkGenerators.personCentredNetworks();
  private static final String PLACEHOLDER = "\"n-placeholder\"";

  private NetworkLines() {}

  /**
   * Returns one generated network.
   *
   * @param seed the seed of the run
   * @param index the network's index in the run, from 0
   * @return the network, with id {@code n-<index>}
   */
  public static Network network(long seed, long index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Network drawn = NETWORKS.next(random);
    Optional<String> territory = random.nextInt(10) < 6
        ? Optional.of(TERRITORIES.get(random.nextInt(TERRITORIES.size())))
        : Optional.empty();
    return Network.builder().from(drawn).id(NetworkId.of("n-" + index)).territory(territory).build();
  }

  /**
   * Returns one generated network as a JSON line, without its end of line.
   *
   * @param seed the seed of the run
   * @param index the network's index in the run, from 0
   * @return the JSON document of {@link #network(long, long)}
   */
  public static String line(long seed, long index) {
    return NetworkJsonWriter.create().write(network(seed, index));
  }

  /**
   * Writes {@code count} generated networks, one a line, gzip-compressed when the file name ends in {@code .gz}.
   *
   * @param file the file to write, replaced if it exists
   * @param count how many networks
   * @param seed the seed of the run
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Path file, long count, long seed) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = 0; i < count; i++) {
        writer.write(line(seed, i));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("NetworkLines: cannot write " + file, e);
    }
  }

  /**
   * Returns the lines of a throughput run: {@value #TEMPLATES} networks drawn once from the seed among those of
   * {@code members} members give or take a tenth, the line of index {@code i} being the {@code i % 8}th with the
   * id {@code n-<i>}. Making a line costs a string copy, so a run measures reading, validating and writing.
   *
   * @param seed the seed of the run
   * @param members the number of members wanted, at least 6
   * @return the lines, by index
   * @throws IllegalArgumentException if {@code members} is below 6
   * @throws IllegalStateException if the generator gives no network of that size in a million draws
   */
  public static Sized sized(long seed, int members) {
    if (members < 6) {
      throw new IllegalArgumentException("NetworkLines.sized: " + members + " members is too small; give at least 6");
    }
    int slack = Math.max(1, members / 10);
    SplittableRandom random = new SplittableRandom(seed);
    List<String> templates = new ArrayList<>();
    for (int draw = 0; draw < 1_000_000 && templates.size() < TEMPLATES; draw++) {
      Network network = NETWORKS.next(random);
      if (Math.abs(network.members().size() - members) <= slack) {
        Network named = Network.builder().from(network).id(NetworkId.of("n-placeholder"))
            .territory(TERRITORIES.get(templates.size() % TERRITORIES.size())).build();
        templates.add(NetworkJsonWriter.create().write(named));
      }
    }
    if (templates.size() < TEMPLATES) {
      throw new IllegalStateException("NetworkLines.sized: the generator gave " + templates.size()
          + " networks of " + members + " ± " + slack + " members in a million draws; ask for a smaller size");
    }
    return new Sized(List.copyOf(templates));
  }

  /**
   * The lines of a throughput run, made on demand from a few templates (see {@link NetworkLines#sized}).
   * Immutable and thread-safe.
   *
   * @param templates the templates' JSON documents, each with the placeholder id
   * @since 0.2
   */
  public record Sized(List<String> templates) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Copies the templates.
     *
     * @param templates the templates' JSON documents, each with the placeholder id
     */
    public Sized {
      templates = List.copyOf(templates);
    }

    /**
     * Returns the line of an index.
     *
     * @param index the index, from 0
     * @return the JSON document, with id {@code n-<index>}
     */
    public String line(long index) {
      return templates.get((int) (index % templates.size())).replace(PLACEHOLDER, "\"n-" + index + "\"");
    }
  }

  /**
   * Writes a file of generated networks: {@code --count N --seed S --output FILE} (gzip when FILE ends in
   * {@code .gz}).
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Arguments a = Arguments.parse(args);
    Path file = Path.of(a.required("output"));
    long count = Long.parseLong(a.required("count"));
    write(file, count, Long.parseLong(a.get("seed", "42")));
    System.out.println("NetworkLines: " + count + " networks written to " + file);
  }
}
