package org.maillage.flink;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.maillage.OrganisationId;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.member.Sector;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The job's territory output read back (<i>graphes de territoire</i>): the JSON Lines of {@link TerritoryPart}s in
 * the {@code territory/} directory, grouped by territory into the {@link TerritoryGraph} that
 * {@code TerritoryAnalysis.fold} gives over the same networks with that territory; analyse one with
 * {@code TerritoryAnalysis.analyse(graph, settings)}.
 *
 * <pre>{@code
 * SortedMap<String, TerritoryGraph> graphs = TerritoryLines.read("out/territory");
 * TerritoryMetrics metrics = TerritoryAnalysis.analyse(graphs.get("quartier sud"), TerritorySettings.defaults());
 * }</pre>
 *
 * <p>Also the sum the job and the plain loop fold the parts with ({@link Sums}). Linear in the lines, plus sorting
 * each territory's organisations (n log n). Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class TerritoryLines {
  private static final JsonFactory JSON = new JsonFactory();

  private TerritoryLines() {}

  /**
   * Reads a territory output directory (or one file) and returns each territory's graph.
   *
   * @param directory the job's {@code territory/} directory, or a file of its lines
   * @return the graphs, by territory
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a line is not a territory part
   */
  public static SortedMap<String, TerritoryGraph> read(String directory) {
    Sums sums = new Sums();
    for (String file : FileLines.list(directory)) {
      FileLines.read(file, line -> sums.add(parse(line.text)));
    }
    return graphs(sums.parts());
  }

  /**
   * Returns each territory's graph from lines of territory parts, parts of the same key summed.
   *
   * @param lines the lines, in any order
   * @return the graphs, by territory
   * @throws IllegalArgumentException if a line is not a territory part
   */
  public static SortedMap<String, TerritoryGraph> graphs(Iterator<String> lines) {
    Sums sums = new Sums();
    lines.forEachRemaining(line -> sums.add(parse(line)));
    return graphs(sums.parts());
  }

  /**
   * Returns each territory's graph from summed parts, at most one of each key.
   *
   * @param parts the parts
   * @return the graphs, by territory
   * @throws IllegalArgumentException if two parts have the same key, or a count does not fit an int
   */
  public static SortedMap<String, TerritoryGraph> graphs(Collection<TerritoryPart> parts) {
    Map<String, List<TerritoryPart>> byTerritory = new HashMap<>();
    for (TerritoryPart part : parts) {
      byTerritory.computeIfAbsent(part.territory, t -> new ArrayList<>()).add(part);
    }
    SortedMap<String, TerritoryGraph> graphs = new TreeMap<>();
    byTerritory.forEach((territory, list) -> graphs.put(territory, graph(list)));
    return Collections.unmodifiableSortedMap(graphs);
  }

  private static TerritoryGraph graph(List<TerritoryPart> parts) {
    parts.sort(Comparator.comparingInt((TerritoryPart p) -> p.kind).thenComparing(p -> p.first)
        .thenComparing(p -> p.second));
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION);
    Map<String, Integer> nodes = new HashMap<>();
    Sector[] sectors = Sector.values();
    for (TerritoryPart p : parts) {
      if (p.kind == TerritoryPart.ORGANISATION) {
        nodes.put(p.first, builder.organisation(OrganisationId.of(p.first), OrganisationId.of(p.second),
            p.sector < 0 ? Optional.empty() : Optional.of(sectors[p.sector]), count(p.a), count(p.b), count(p.c)));
      }
    }
    for (TerritoryPart p : parts) {
      switch (p.kind) {
        case TerritoryPart.TIE -> builder.tie(node(nodes, p.first), node(nodes, p.second), count(p.a), count(p.b),
            count(p.c));
        case TerritoryPart.INSTITUTION -> builder.institution(OrganisationId.of(p.first), count(p.a), count(p.b),
            count(p.c));
        case TerritoryPart.TOTALS -> {
          builder.totals(count(p.a), count(p.b), count(p.c), count(p.d));
          if (p.from <= p.to) {
            builder.period(LocalDate.ofEpochDay(p.from), LocalDate.ofEpochDay(p.to));
          }
        }
        default -> {
          // organisations were added above
        }
      }
    }
    return builder.build();
  }

  private static int node(Map<String, Integer> nodes, String organisation) {
    Integer node = nodes.get(organisation);
    if (node == null) {
      throw new IllegalArgumentException("TerritoryLines: the tie's organisation '" + organisation
          + "' has no organisation line; read the whole territory output, every part file");
    }
    return node;
  }

  private static int count(long count) {
    if (count < 0 || count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("TerritoryLines: the count " + count + " does not fit a territory graph "
          + "(0 to " + Integer.MAX_VALUE + "); split the territory's networks");
    }
    return (int) count;
  }

  /**
   * Parses one line written by {@link TerritoryPart#toJson()}.
   *
   * @param line the line
   * @return the part
   * @throws IllegalArgumentException if the line is not a territory part
   */
  public static TerritoryPart parse(String line) {
    TerritoryPart part = new TerritoryPart();
    part.kind = TerritoryPart.TOTALS;
    boolean institution = false;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw bad(line);
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "territory" -> part.territory = p.getString();
          case "tie" -> {
            part.kind = TerritoryPart.TIE;
            p.nextToken();
            part.first = p.getString();
            p.nextToken();
            part.second = p.getString();
            if (p.nextToken() != JsonToken.END_ARRAY) {
              throw bad(line);
            }
          }
          case "organisation" -> {
            part.kind = TerritoryPart.ORGANISATION;
            part.first = p.getString();
          }
          case "institution" -> {
            institution = true;
            part.second = p.getString();
          }
          case "sector" -> part.sector = value == JsonToken.VALUE_NULL ? -1 : Sector.valueOf(p.getString()).ordinal();
          case "sharedNetworks", "networks" -> part.a = p.getLongValue();
          case "professionalTies", "professionals" -> part.b = p.getLongValue();
          case "meetingsTogether", "meetingsFacilitated", "meetings" -> part.c = p.getLongValue();
          case "describedBy" -> part.source = p.getString();
          case "networksBeyondBound" -> part.d = p.getLongValue();
          case "from" -> part.from = LocalDate.parse(p.getString()).toEpochDay();
          case "to" -> part.to = LocalDate.parse(p.getString()).toEpochDay();
          default -> throw bad(line);
        }
      }
    } catch (RuntimeException e) {
      throw e instanceof IllegalArgumentException iae ? iae : new IllegalArgumentException(message(line), e);
    }
    if (institution && part.kind == TerritoryPart.TOTALS) {
      part.kind = TerritoryPart.INSTITUTION;
      part.first = part.second;
      part.second = "";
    }
    return part;
  }

  private static IllegalArgumentException bad(String line) {
    return new IllegalArgumentException(message(line));
  }

  private static String message(String line) {
    return "TerritoryLines: '" + (line.length() > 200 ? line.substring(0, 200) + "…" : line)
        + "' is not a territory line; give the lines of the job's territory/ directory";
  }

  /**
   * Sums parts by key (<i>cumul</i>): what the job does in each parallel instance before the shuffle, and the
   * plain loop over all its lines. Constant time per part (a hash lookup); keeps one part per key. Not
   * thread-safe.
   *
   * @since 0.2
   */
  public static final class Sums {
    private final Map<String, TerritoryPart> parts = new HashMap<>();

    /** An empty sum. */
    public Sums() {}

    /**
     * Adds a part. The first part of a key is kept until another of that key comes (their sum is a new part):
     * do not change a part once added.
     *
     * @param part a part
     */
    public void add(TerritoryPart part) {
      parts.merge(part.key(), part, TerritoryPart::merge);
    }

    /**
     * Returns the sums, one part per key.
     *
     * @return the parts, in no particular order
     */
    public Collection<TerritoryPart> parts() {
      return Collections.unmodifiableCollection(parts.values());
    }
  }
}
