package org.maillage.flink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.Period;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.member.Sector;

/**
 * One part of a territory fold (<i>part d'agrégation de territoire</i>): what one network, or the networks summed so
 * far, add to the inter-organisation graph of a territory. Four kinds, each keyed within its territory:
 *
 * <ul>
 *   <li>{@link #TIE}: a pair of organisations ({@link #first} &lt; {@link #second}) and its three weights, shared
 *     networks, professional ties and meetings together ({@link #a}, {@link #b}, {@link #c});
 *   <li>{@link #ORGANISATION}: an organisation ({@link #first}), its institution ({@link #second}), its sector and
 *     the network that described them ({@link #sector}, {@link #source}), and its networks, professionals and
 *     facilitated meetings ({@link #a}, {@link #b}, {@link #c});
 *   <li>{@link #INSTITUTION}: an institution ({@link #first}) and its networks, professionals and facilitated
 *     meetings;
 *   <li>{@link #TOTALS}: the territory's networks, professionals, meetings and networks beyond the bound
 *     ({@link #a}, {@link #b}, {@link #c}, {@link #d}) and the period covered ({@link #from}, {@link #to}).
 * </ul>
 *
 * <p>Two parts of one key {@link #merge}: counts and weights add up, the period widens, and an organisation keeps
 * the description (sector and institution) of the network of smallest id that records it, as
 * {@code TerritoryAnalysis.fold} does; so merging the parts of networks in any order and grouping gives what the
 * core's fold gives (see {@link TerritoryLines#graphs}). Network ids are expected to be unique: when two networks of
 * one id record an organisation differently, which record describes it depends on the order they are merged in
 * (the core's fold then depends on the order of the networks too). A part holds ids and counts only: strings and
 * numbers that Flink's POJO serialiser carries, never a model value nor anything personal.
 *
 * <p>A plain record in Flink's sense (public fields, a public no-argument constructor). Mutable, as Flink requires:
 * not thread-safe.
 *
 * @since 0.2
 */
public final class TerritoryPart {
  /** The kind of a tie between two organisations. */
  public static final byte TIE = 0;
  /** The kind of an organisation's counts and description. */
  public static final byte ORGANISATION = 1;
  /** The kind of an institution's counts. */
  public static final byte INSTITUTION = 2;
  /** The kind of the territory's totals and period. */
  public static final byte TOTALS = 3;

  private static final Sector[] SECTORS = Sector.values();

  /** The territory, as the networks record it. */
  public String territory = "";
  /** {@link #TIE}, {@link #ORGANISATION}, {@link #INSTITUTION} or {@link #TOTALS}. */
  public byte kind;
  /** The tie's first organisation, the organisation, or the institution; empty for totals. */
  public String first = "";
  /** The tie's second organisation, or the organisation's institution; empty otherwise. */
  public String second = "";
  /** The organisation's sector's ordinal, -1 when no network records the organisation. */
  public int sector = -1;
  /** The id of the network whose record describes the organisation; empty otherwise. */
  public String source = "";
  /** Shared networks (tie), or networks. */
  public long a;
  /** Professional ties (tie), or professionals. */
  public long b;
  /** Meetings together (tie), facilitated meetings, or meetings (totals). */
  public long c;
  /** Networks beyond the bound (totals). */
  public long d;
  /** The first day of the period, as an epoch day (totals). */
  public long from = Long.MAX_VALUE;
  /** The last day of the period, as an epoch day (totals). */
  public long to = Long.MIN_VALUE;

  /** An empty part, for Flink's serialiser. */
  public TerritoryPart() {}

  /**
   * Returns the parts one network adds to its territory: the graph of that network alone, as
   * {@code TerritoryAnalysis.fold} makes it, taken apart. Linear in the graph.
   *
   * @param territory the network's territory
   * @param source the network's id
   * @param graph the fold of that network alone, at the organisation level
   * @return its ties, organisations, institutions and totals
   */
  public static List<TerritoryPart> of(String territory, String source, TerritoryGraph graph) {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(source, "source");
    List<TerritoryPart> parts = new ArrayList<>(graph.organisationCount() + graph.tieCount()
        + graph.institutions().size() + 1);
    for (int i = 0; i < graph.organisationCount(); i++) {
      TerritoryPart part = part(territory, ORGANISATION, graph.organisation(i).value(),
          graph.institutionOf(i).value(), graph.networks(i), graph.professionals(i), graph.meetingsFacilitated(i));
      Optional<Sector> sector = graph.sector(i);
      if (sector.isPresent()) {
        part.sector = sector.get().ordinal();
        part.source = source;
      }
      parts.add(part);
      for (int t = graph.tieStart(i); t < graph.tieStart(i + 1); t++) {
        parts.add(part(territory, TIE, graph.organisation(i).value(), graph.organisation(graph.second(t)).value(),
            graph.sharedNetworks(t), graph.professionalTies(t), graph.meetingsTogether(t)));
      }
    }
    for (int i = 0; i < graph.institutions().size(); i++) {
      parts.add(part(territory, INSTITUTION, graph.institutions().get(i).value(), "", graph.institutionNetworks(i),
          graph.institutionProfessionals(i), graph.institutionFacilitated(i)));
    }
    TerritoryPart totals = part(territory, TOTALS, "", "", graph.networkCount(), graph.professionalCount(),
        graph.meetingCount());
    totals.d = graph.networksBeyondBound();
    Optional<Period> period = graph.period();
    if (period.isPresent()) {
      totals.from = period.get().start().toEpochDay();
      totals.to = period.get().end().orElse(period.get().start()).toEpochDay();
    }
    parts.add(totals);
    return parts;
  }

  private static TerritoryPart part(String territory, byte kind, String first, String second, long a, long b,
      long c) {
    TerritoryPart part = new TerritoryPart();
    part.territory = territory;
    part.kind = kind;
    part.first = first;
    part.second = second;
    part.a = a;
    part.b = b;
    part.c = c;
    return part;
  }

  /**
   * Returns the key the part is summed under: its territory, kind and ids (the tie's two organisations, the
   * organisation, or the institution; not an organisation's institution, which is part of its description).
   *
   * @return the key
   */
  public String key() {
    StringBuilder key = new StringBuilder(territory.length() + first.length() + second.length() + 4)
        .append(territory).append('\u0000').append((char) ('0' + kind)).append(first);
    return kind == TIE ? key.append('\u0000').append(second).toString() : key.toString();
  }

  /**
   * Returns a new part, the sum of two parts of the same key: counts and weights added, the period widened, the
   * description of the network of smallest id kept.
   *
   * @param x a part
   * @param y another part of the same key
   * @return their sum; neither is changed
   */
  public static TerritoryPart merge(TerritoryPart x, TerritoryPart y) {
    TerritoryPart sum = part(x.territory, x.kind, x.first, x.second, x.a + y.a, x.b + y.b, x.c + y.c);
    sum.d = x.d + y.d;
    sum.from = Math.min(x.from, y.from);
    sum.to = Math.max(x.to, y.to);
    TerritoryPart described = describes(y, x) ? y : x;
    sum.second = described.second;
    sum.sector = described.sector;
    sum.source = described.source;
    return sum;
  }

  /** Whether y's description comes before x's: a recorded one first, then the smaller network id. */
  private static boolean describes(TerritoryPart y, TerritoryPart x) {
    if (y.sector < 0) {
      return false;
    }
    return x.sector < 0 || y.source.compareTo(x.source) < 0;
  }

  /**
   * Renders the part as one line of the territory output's JSON Lines:
   * <pre>{@code
   * {"territory":"…","tie":["s-01","s-02"],"sharedNetworks":3,"professionalTies":1,"meetingsTogether":2}
   * {"territory":"…","organisation":"s-01","institution":"dept-59","sector":"HEALTH","describedBy":"n-3",
   *  "networks":4,"professionals":5,"meetingsFacilitated":1}
   * {"territory":"…","institution":"dept-59","networks":9,"professionals":12,"meetingsFacilitated":3}
   * {"territory":"…","networks":20,"professionals":80,"meetings":31,"networksBeyondBound":0,
   *  "from":"2025-01-09","to":"2026-02-03"}
   * }</pre>
   * (one line each). An organisation's sector and institution are those recorded by the network {@code describedBy};
   * when no network records the organisation, its sector is {@code null}, its institution itself, and
   * {@code describedBy} is left out. A period with no network is left out.
   *
   * @return the line
   */
  public String toJson() {
    StringBuilder out = new StringBuilder(160).append("{\"territory\":");
    Json.string(out, territory);
    switch (kind) {
      case TIE -> {
        Json.string(out.append(",\"tie\":["), first).append(',');
        Json.string(out, second).append("],\"sharedNetworks\":").append(a).append(",\"professionalTies\":").append(b)
            .append(",\"meetingsTogether\":").append(c);
      }
      case ORGANISATION -> {
        Json.string(out.append(",\"organisation\":"), first);
        Json.string(out.append(",\"institution\":"), second).append(",\"sector\":");
        out.append(sector < 0 ? "null" : "\"" + SECTORS[sector].name() + "\"");
        if (sector >= 0) {
          Json.string(out.append(",\"describedBy\":"), source);
        }
        counts(out);
      }
      case INSTITUTION -> {
        Json.string(out.append(",\"institution\":"), first);
        counts(out);
      }
      default -> {
        out.append(",\"networks\":").append(a).append(",\"professionals\":").append(b).append(",\"meetings\":")
            .append(c).append(",\"networksBeyondBound\":").append(d);
        if (from <= to) {
          out.append(",\"from\":\"").append(LocalDate.ofEpochDay(from)).append("\",\"to\":\"")
              .append(LocalDate.ofEpochDay(to)).append('"');
        }
      }
    }
    return out.append('}').toString();
  }

  private void counts(StringBuilder out) {
    out.append(",\"networks\":").append(a).append(",\"professionals\":").append(b)
        .append(",\"meetingsFacilitated\":").append(c);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TerritoryPart p && kind == p.kind && sector == p.sector && a == p.a && b == p.b && c == p.c
        && d == p.d && from == p.from && to == p.to && territory.equals(p.territory) && first.equals(p.first)
        && second.equals(p.second) && source.equals(p.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(territory, kind, first, second, sector, source, a, b, c, d, from, to);
  }

  @Override
  public String toString() {
    return toJson();
  }
}
