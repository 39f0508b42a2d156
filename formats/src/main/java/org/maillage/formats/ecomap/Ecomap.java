package org.maillage.formats.ecomap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.analysis.Classification;
import org.maillage.analysis.FormScore;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.person.Person;
import org.maillage.referent.ReferentDesignation;

/**
 * The ecomap of a network as SVG (<i>écocarte</i>), drawn from the model's data rather than from where someone
 * dropped a node, so that the picture and the data agree: the person at the centre (or the network itself when it
 * has no focal person), the horizons as rings (close, middle, distant), the sectors as wedges, each member placed
 * by its sector and horizon, organisations on an outer ring joined to their professionals, and the ties in
 * Hartman's conventions: strong solid and thick, ordinary solid, weak dashed, stressful hatched, a conflict
 * cross-hatched, an arrow towards whoever receives a support (both ends when mutual), parallel lines for several
 * ties between the same two.
 *
 * <pre>{@code
 * String svg = Ecomap.svg(network, EcomapOptions.builder(LocalDate.of(2026, 6, 1))
 *     .language(Language.FRENCH).build());
 * }</pre>
 *
 * <p>What is drawn is the network as of the options' date: its current members, the référent in force. The
 * drawing is deterministic (the same network and options give the same bytes on every JDK: angles through
 * {@link StrictMath}, numbers written with one decimal in the root locale), readable (no two labels or nodes
 * overlap, nothing lies outside the drawing: see the layout's widening), and accessible: a {@code <title>} and a
 * {@code <desc>} for the drawing and for every node and line, meaning carried by line style, shape and words, never
 * by colour alone. Labels are measured with one width model, the advance widths of DejaVu Sans shipped with the
 * library, and the SVG names that font first. By default the labels are roles ({@link LabelMode#ROLES}): no name
 * is read; to draw a network for someone outside the team, pseudonymise it first.
 *
 * <p>Linear in the members, organisations and ties, plus sorting (n log n) and the layout's widening (each round n
 * log n, a bounded number of rounds). This class is stateless and thread-safe.
 *
 * @since 0.2
 */
public final class Ecomap {
  private static final String FONTS = "DejaVu Sans, Verdana, Arial, sans-serif";
  private static final TextWidths WIDTHS = TextWidths.dejaVuSans();
  /** The longest label, in characters: a longer name is cut, and read whole in the element's title. */
  static final int LABEL_LENGTH = 24;
  /** A white outline drawn under a label's letters, so that a line crossing it leaves it readable. */
  private static final String HALO = " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" "
      + "paint-order=\"stroke\"";

  private Ecomap() {}

  /**
   * Draws a network's ecomap.
   *
   * @param network the network
   * @param options the date, the language, the labels and the overlays
   * @return the SVG document
   */
  public static String svg(Network network, EcomapOptions options) {
    // sized for the drawings measured (140 to 430 characters per member and per tie, beyond 8 KB of frame and
    // legend), so that the text grows in place without reserving four times what it needs
    StringBuilder out = new StringBuilder(8_192 + 512 * (network.members().size() + network.ties().size()));
    write(network, options, out);
    return out.toString();
  }

  /**
   * Draws a network's ecomap into an output.
   *
   * @param network the network
   * @param options the date, the language, the labels and the overlays
   * @param out where the SVG document is written
   * @throws UncheckedIOException if the output fails
   */
  public static void write(Network network, EcomapOptions options, Appendable out) {
    Objects.requireNonNull(network, "Ecomap.write: network is null");
    Objects.requireNonNull(options, "Ecomap.write: options is null");
    Objects.requireNonNull(out, "Ecomap.write: out is null");
    try {
      new Drawing(network, options, out).draw();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One drawing: the network, the options, the layout and the output. */
  private static final class Drawing {
    private final Network network;
    private final EcomapOptions options;
    private final Appendable out;
    /** The buffer {@link #num} writes a number into. */
    private final StringBuilder number = new StringBuilder(16);
    private final Locale locale;
    private final ResourceBundle bundle;
    private final LocalDate date;
    private final EcomapLayout layout;
    /** Each drawn member, in the network's order, with its item of the layout. */
    private final Map<MemberId, EcomapLayout.Item> placed = new LinkedHashMap<>();
    private final Map<MemberId, String> labels = new HashMap<>();
    private final Map<OrganisationId, EcomapLayout.Item> organisations = new LinkedHashMap<>();
    private final Map<OrganisationId, String> organisationLabels = new HashMap<>();
    private final @Nullable MemberId centreId;
    private final String centreLabel;
    private final Set<MemberId> referents = new HashSet<>();
    private final Map<Labelled, String> labelCache = new HashMap<>();

    Drawing(Network network, EcomapOptions options, Appendable out) {
      this.network = network;
      this.options = options;
      this.out = out;
      this.locale = options.language().locale();
      this.bundle = ResourceBundle.getBundle("org.maillage.formats.ecomap.Ecomap", locale);
      this.date = options.date();
      Optional<Person> person = network.focalPerson();
      this.centreId = person.map(Person::id).orElse(null);
      this.centreLabel = person.isPresent()
          ? options.labels() == LabelMode.NAMES && person.get().name().isPresent() ? shortened(person.get().name().get())
              : text("person")
          : text("network", "network", network.id().value());
      this.layout = new EcomapLayout(WIDTHS.width(centreLabel, EcomapLayout.FONT));
    }

    void draw() throws IOException {
      if (options.showsReferent()) {
        for (Professional p : network.professionals()) {
          for (ReferentDesignation d : network.designationsOf(p.id())) {
            if (d.isInForceOn(date)) {
              referents.add(p.id());
            }
          }
        }
      }
      Set<Sector> sectors = EnumSet.noneOf(Sector.class);
      for (Member m : network.currentMembers(date)) {
        String label = label(m);
        labels.put(m.id(), label);
        boolean marked = referents.contains(m.id()) || options.flagged().contains(m.id());
        double radius = EcomapLayout.NODE + (marked ? 6 : 0);
        placed.put(m.id(), layout.add(m.sector(), m.horizon(), WIDTHS.width(label, EcomapLayout.FONT), radius));
        sectors.add(m.sector());
        if (m instanceof Professional p && p.organisation().isPresent()
            && !organisations.containsKey(p.organisation().get())) {
          Optional<Organisation> o = network.organisation(p.organisation().get());
          if (o.isPresent()) {
            String orgLabel = options.labels() == LabelMode.NAMES && o.get().name().isPresent()
                ? shortened(o.get().name().get()) : labelOf(o.get().kind());
            organisationLabels.put(o.get().id(), orgLabel);
            organisations.put(o.get().id(), layout.addOrganisation(o.get().sector(),
                WIDTHS.width(orgLabel, EcomapLayout.FONT)));
            sectors.add(o.get().sector());
          }
        }
      }
      for (Sector sector : sectors) {
        layout.sectorLabel(sector, WIDTHS.width(labelOf(sector), EcomapLayout.FONT));
      }
      layout.place();
      EcomapLayout.Box extent = layout.extent();
      double left = extent.x() - EcomapLayout.MARGIN;
      double titleHeight = 2 * EcomapLayout.LINE + EcomapLayout.GAP;
      double top = extent.y() - EcomapLayout.MARGIN - titleHeight;
      List<String[]> legend = legend();
      double legendWidth = 0;
      for (String[] entry : legend) {
        legendWidth = Math.max(legendWidth, 60 + WIDTHS.width(entry[1], EcomapLayout.FONT));
      }
      String title = text("title", "network", network.id().value(), "date", date.toString());
      double width = Math.max(extent.width() + 2 * EcomapLayout.MARGIN,
          Math.max(legendWidth, WIDTHS.width(title, EcomapLayout.FONT + 3)) + 2 * EcomapLayout.MARGIN);
      double legendTop = extent.y() + extent.height() + EcomapLayout.MARGIN;
      double height = legendTop + (legend.size() + 1) * (EcomapLayout.LINE + 4) + EcomapLayout.MARGIN - top;

      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"").append(num(left)).append(' ')
          .append(num(top)).append(' ').append(num(width)).append(' ').append(num(height)).append("\" width=\"")
          .append(num(width)).append("\" height=\"").append(num(height))
          .append("\" role=\"img\" aria-labelledby=\"ecomap-title ecomap-desc\" font-family=\"").append(FONTS)
          .append("\" font-size=\"").append(num(EcomapLayout.FONT)).append("\">\n");
      out.append("<title id=\"ecomap-title\">").append(escape(title)).append("</title>\n");
      out.append("<desc id=\"ecomap-desc\">").append(escape(text("desc", "members", placed.size(),
          "ties", network.ties().size(), "centre", centreLabel))).append("</desc>\n");
      defs();
      out.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(top)).append("\" width=\"")
          .append(num(width)).append("\" height=\"").append(num(height)).append("\" fill=\"#ffffff\"/>\n");
      out.append("<text x=\"").append(num(left + EcomapLayout.MARGIN)).append("\" y=\"")
          .append(num(top + EcomapLayout.MARGIN)).append("\" font-size=\"").append(num(EcomapLayout.FONT + 3))
          .append("\" font-weight=\"bold\">").append(escape(title)).append("</text>\n");
      Optional<Classification> classification = options.classification();
      if (classification.isPresent()) {
        out.append("<text x=\"").append(num(left + EcomapLayout.MARGIN)).append("\" y=\"")
            .append(num(top + EcomapLayout.MARGIN + EcomapLayout.LINE + 4)).append("\">")
            .append(escape(formLine(classification.get()))).append("</text>\n");
      }
      rings();
      wedges();
      organisationLines();
      ties();
      nodes();
      legend(legend, left + EcomapLayout.MARGIN, legendTop);
      out.append("</svg>\n");
    }

    private String label(Member m) {
      if (options.labels() == LabelMode.NAMES && m.name().isPresent()) {
        return shortened(m.name().get());
      }
      if (m instanceof PrimaryMember pm) {
        return labelOf(pm.relation());
      }
      return labelOf(m.sector());
    }

    private String formLine(Classification classification) {
      FormScore best = null;
      for (FormScore score : classification.forms()) {
        if (best == null || score.score() > best.score()) {
          best = score;
        }
      }
      return best == null ? text("form-none")
          : text("form", "form", labelOf(best.form()), "score", String.format(Locale.ROOT, "%.2f", best.score()));
    }

    private void defs() throws IOException {
      out.append("<defs>\n<marker id=\"support\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" "
          + "markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333333\"/>"
          + "</marker>\n</defs>\n");
    }

    private void rings() throws IOException {
      out.append("<g><title>").append(escape(text("rings-title"))).append("</title>\n");
      for (int ring = 0; ring < 3; ring++) {
        out.append("<circle cx=\"0\" cy=\"0\" r=\"").append(num(layout.ring(ring)))
            .append("\" fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\" stroke-dasharray=\"2 4\"/>\n");
      }
      out.append("</g>\n");
    }

    private void wedges() throws IOException {
      double outer = layout.ring(3) + EcomapLayout.SQUARE + EcomapLayout.GAP;
      for (Map.Entry<Sector, double[]> e : layout.wedges().entrySet()) {
        double start = e.getValue()[0];
        String name = labelOf(e.getKey());
        double[] at = layout.sectorLabelAt(e.getKey());
        out.append("<g><title>").append(escape(text("wedge", "sector", name))).append("</title>")
            .append("<line x1=\"").append(num(EcomapLayout.CENTRE * StrictMath.cos(start))).append("\" y1=\"")
            .append(num(EcomapLayout.CENTRE * StrictMath.sin(start))).append("\" x2=\"")
            .append(num(outer * StrictMath.cos(start))).append("\" y2=\"").append(num(outer * StrictMath.sin(start)))
            .append("\" stroke=\"#dddddd\" stroke-width=\"1\"/>")
            .append("<text x=\"").append(num(at[0])).append("\" y=\"").append(num(at[1] + 4))
            .append("\" text-anchor=\"middle\" fill=\"#555555\" font-style=\"italic\"").append(HALO).append('>')
            .append(escape(name))
            .append("</text></g>\n");
      }
    }

    private void organisationLines() throws IOException {
      for (Map.Entry<MemberId, EcomapLayout.Item> e : placed.entrySet()) {
        Member m = network.member(e.getKey()).orElseThrow();
        if (m instanceof Professional p && p.organisation().isPresent()) {
          EcomapLayout.Item o = organisations.get(p.organisation().get());
          if (o != null) {
            out.append("<line x1=\"").append(num(o.x)).append("\" y1=\"").append(num(o.y)).append("\" x2=\"")
                .append(num(e.getValue().x)).append("\" y2=\"").append(num(e.getValue().y))
                .append("\" stroke=\"#b0b0b0\" stroke-width=\"1\" stroke-dasharray=\"1 3\"><title>");
            escapedText("works-in", "member", e.getKey().value(), "organisation", p.organisation().get().value());
            out.append("</title></line>\n");
          }
        }
      }
    }

    /** The place of an individual drawn: the centre, or a placed member; null when not drawn. */
    private double @Nullable [] at(MemberId id) {
      if (id.equals(centreId)) {
        return new double[] {0, 0, EcomapLayout.CENTRE};
      }
      EcomapLayout.Item item = placed.get(id);
      return item == null ? null : new double[] {item.x, item.y, item.radius};
    }

    private void ties() throws IOException {
      // several ties between the same two: parallel lines, in the network's order
      Map<String, List<Tie>> pairs = new LinkedHashMap<>();
      for (Tie tie : network.ties()) {
        if (at(tie.first()) == null || at(tie.second()) == null) {
          continue;
        }
        String a = tie.first().value();
        String b = tie.second().value();
        String key = a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
        pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(tie);
      }
      for (List<Tie> parallel : pairs.values()) {
        for (int k = 0; k < parallel.size(); k++) {
          tie(parallel.get(k), (k - (parallel.size() - 1) / 2.0) * 6);
        }
      }
    }

    private void tie(Tie tie, double offset) throws IOException {
      double[] a = Objects.requireNonNull(at(tie.first()));
      double[] b = Objects.requireNonNull(at(tie.second()));
      double dx = b[0] - a[0];
      double dy = b[1] - a[1];
      double length = Math.sqrt(dx * dx + dy * dy);
      if (length <= a[2] + b[2]) {
        return;
      }
      double ux = dx / length;
      double uy = dy / length;
      double ox = -uy * offset;
      double oy = ux * offset;
      double x1 = a[0] + ux * a[2] + ox;
      double y1 = a[1] + uy * a[2] + oy;
      double x2 = b[0] - ux * b[2] + ox;
      double y2 = b[1] - uy * b[2] + oy;
      boolean conflict = tie.nature() == TieNature.CONFLICT;
      TieQuality quality = tie.quality();
      String colour = conflict ? "#a01010" : "#333333";
      String widthAttribute = quality == TieQuality.STRONG ? "4" : quality == TieQuality.WEAK ? "1.5" : "2";
      boolean towardsFirst = false;
      boolean towardsSecond = false;
      for (SupportDirection direction : tie.supports().values()) {
        towardsSecond |= direction == SupportDirection.FROM_FIRST || direction == SupportDirection.MUTUAL;
        towardsFirst |= direction == SupportDirection.FROM_SECOND || direction == SupportDirection.MUTUAL;
      }
      out.append("<g><title>");
      tieTitle(tie);
      out.append("</title>\n");
      out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
          .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
          .append(widthAttribute).append('"');
      if (quality == TieQuality.WEAK) {
        out.append(" stroke-dasharray=\"6 4\"");
      }
      if (towardsSecond) {
        out.append(" marker-end=\"url(#support)\"");
      }
      if (towardsFirst) {
        out.append(" marker-start=\"url(#support)\"");
      }
      out.append("/>\n");
      if (quality == TieQuality.STRESSFUL || conflict) {
        hatch(x1, y1, x2, y2, ux, uy, colour, conflict);
      }
      out.append("</g>\n");
    }

    /** Ticks across a line every 10 units: one for stress, a cross for a conflict. */
    private void hatch(double x1, double y1, double x2, double y2, double ux, double uy, String colour,
        boolean cross) throws IOException {
      double length = Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
      StringBuilder d = new StringBuilder();
      for (double t = 8; t < length - 8; t += 10) {
        double cx = x1 + ux * t;
        double cy = y1 + uy * t;
        double px = -uy * 4;
        double py = ux * 4;
        if (cross) {
          d.append('M').append(num(cx - px - ux * 3)).append(',').append(num(cy - py - uy * 3)).append(" L")
              .append(num(cx + px + ux * 3)).append(',').append(num(cy + py + uy * 3)).append(' ')
              .append('M').append(num(cx + px - ux * 3)).append(',').append(num(cy + py - uy * 3)).append(" L")
              .append(num(cx - px + ux * 3)).append(',').append(num(cy - py + uy * 3)).append(' ');
        } else {
          d.append('M').append(num(cx - px)).append(',').append(num(cy - py)).append(" L").append(num(cx + px))
              .append(',').append(num(cy + py)).append(' ');
        }
      }
      if (d.length() > 0) {
        out.append("<path d=\"").append(d.toString().trim()).append("\" stroke=\"").append(colour)
            .append("\" stroke-width=\"1.5\" fill=\"none\"/>\n");
      }
    }

    /** Writes a tie's title, escaped. */
    private void tieTitle(Tie tie) throws IOException {
      StringBuilder supports = new StringBuilder(64);
      for (Map.Entry<SupportType, SupportDirection> e : tie.supports().entrySet()) {
        if (supports.length() > 0) {
          supports.append(", ");
        }
        supports.append(labelOf(e.getKey())).append(" (").append(labelOf(e.getValue())).append(')');
      }
      escapedText(supports.length() == 0 ? "tie" : "tie-supports", "first", who(tie.first()), "second",
          who(tie.second()), "nature", labelOf(tie.nature()), "quality", labelOf(tie.quality()),
          "supports", supports.toString());
    }

    private String who(MemberId id) {
      return id.equals(centreId) ? centreLabel : labels.getOrDefault(id, id.value()) + " (" + id.value() + ")";
    }

    private void nodes() throws IOException {
      out.append("<g><title>").append(escape(centreLabel)).append("</title><desc>")
          .append(escape(text(centreId != null ? "centre-person" : "centre-network"))).append("</desc>")
          .append("<circle cx=\"0\" cy=\"0\" r=\"").append(num(EcomapLayout.CENTRE))
          .append("\" fill=\"#fff7d6\" stroke=\"#000000\" stroke-width=\"2\"/>");
      label(0, 0, EcomapLayout.CENTRE, centreLabel, true);
      out.append("</g>\n");
      for (Map.Entry<OrganisationId, EcomapLayout.Item> e : organisations.entrySet()) {
        EcomapLayout.Item o = e.getValue();
        String orgLabel = organisationLabels.get(e.getKey());
        out.append("<g><title>").append(escape(orgLabel + " (" + e.getKey().value() + ")")).append("</title><desc>")
            .append(escape(text("organisation-desc"))).append("</desc><rect x=\"").append(num(o.x - EcomapLayout.SQUARE))
            .append("\" y=\"").append(num(o.y - EcomapLayout.SQUARE)).append("\" width=\"")
            .append(num(2 * EcomapLayout.SQUARE)).append("\" height=\"").append(num(2 * EcomapLayout.SQUARE))
            .append("\" fill=\"#eeeeee\" stroke=\"#666666\" stroke-width=\"1\"/>");
        label(o.x, o.y, o.radius, orgLabel, false);
        out.append("</g>\n");
      }
      for (Map.Entry<MemberId, EcomapLayout.Item> e : placed.entrySet()) {
        node(network.member(e.getKey()).orElseThrow(), e.getValue());
      }
    }

    private void node(Member m, EcomapLayout.Item item) throws IOException {
      String label = labels.get(m.id());
      List<String> desc = new ArrayList<>();
      desc.add(kind(m));
      desc.add(labelOf(m.horizon()));
      desc.add(labelOf(m.sector()));
      if (m.dormant()) {
        desc.add(text("dormant"));
      }
      boolean referent = referents.contains(m.id());
      boolean flagged = options.flagged().contains(m.id());
      if (referent) {
        desc.add(text("referent"));
      }
      if (flagged) {
        desc.add(text("flagged"));
      }
      String whole = options.labels() == LabelMode.NAMES && m.name().isPresent() ? m.name().get().strip() : label;
      out.append("<g><title>").append(escape(whole + " (" + m.id().value() + ")")).append("</title><desc>")
          .append(escape(String.join("; ", desc))).append("</desc>");
      String style = "\" stroke=\"#000000\" stroke-width=\"1.5\"" + (m.dormant()
          ? " stroke-dasharray=\"3 2\" fill-opacity=\"0.45\"" : "");
      double x = item.x;
      double y = item.y;
      double r = EcomapLayout.NODE;
      if (m instanceof PrimaryMember) {
        out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(r))
            .append("\" fill=\"#dfeaff").append(style).append("/>");
      } else if (m instanceof Participant) {
        out.append("<path d=\"M").append(num(x)).append(',').append(num(y - r)).append(" L").append(num(x + r)).append(',')
            .append(num(y)).append(" L").append(num(x)).append(',').append(num(y + r)).append(" L").append(num(x - r))
            .append(',').append(num(y)).append(" z\" fill=\"#e3f5e1").append(style).append("/>");
      } else {
        out.append("<rect x=\"").append(num(x - r)).append("\" y=\"").append(num(y - r)).append("\" width=\"")
            .append(num(2 * r)).append("\" height=\"").append(num(2 * r)).append("\" rx=\"4\" fill=\"#ffe9d2")
            .append(style).append("/>");
      }
      if (referent) {
        out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"")
            .append(num(r + 5)).append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\"/>");
      }
      if (flagged) {
        out.append("<circle cx=\"").append(num(x + r)).append("\" cy=\"").append(num(y - r)).append("\" r=\"5\" "
            + "fill=\"#ffffff\" stroke=\"#a01010\" stroke-width=\"1.5\"/><text x=\"").append(num(x + r))
            .append("\" y=\"").append(num(y - r + 3.5)).append("\" text-anchor=\"middle\" font-size=\"9\" "
            + "font-weight=\"bold\" fill=\"#a01010\">!</text>");
      }
      label(x, y, item.radius, label, false);
      out.append("</g>\n");
    }

    private String kind(Member m) {
      return text(m instanceof PrimaryMember ? "kind-relative" : m instanceof Participant ? "kind-participant"
          : "kind-professional");
    }

    private void label(double x, double y, double radius, String label, boolean bold) throws IOException {
      EcomapLayout.Box box = EcomapLayout.labelBox(x, y, radius, WIDTHS.width(label, EcomapLayout.FONT));
      out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(box.y() + EcomapLayout.LINE - 3))
          .append("\" text-anchor=\"middle\"").append(bold ? " font-weight=\"bold\"" : "").append(HALO).append('>')
          .append(escape(label)).append("</text>");
    }

    /** The legend's entries: a sample's kind and its words. */
    private List<String[]> legend() {
      List<String[]> entries = new ArrayList<>();
      entries.add(new String[] {"rings", text("legend-rings", "close", labelOf(Horizon.CLOSE),
          "middle", labelOf(Horizon.MIDDLE), "distant",
          labelOf(Horizon.DISTANT))});
      for (String key : List.of("strong", "ordinary", "weak", "stressful", "conflict", "support", "relative",
          "professional", "participant", "organisation", "dormant", "referent", "flagged")) {
        entries.add(new String[] {key, text("legend-" + key)});
      }
      return entries;
    }

    private void legend(List<String[]> entries, double x, double y) throws IOException {
      out.append("<g><title>").append(escape(text("legend"))).append("</title>\n<text x=\"").append(num(x))
          .append("\" y=\"").append(num(y + EcomapLayout.LINE - 3)).append("\" font-weight=\"bold\">")
          .append(escape(text("legend"))).append("</text>\n");
      double row = y + EcomapLayout.LINE + 4;
      for (String[] entry : entries) {
        double mid = row + EcomapLayout.LINE / 2;
        out.append(sample(entry[0], x, mid));
        out.append("<text x=\"").append(num(x + 48)).append("\" y=\"").append(num(row + EcomapLayout.LINE - 3))
            .append("\">").append(escape(entry[1])).append("</text>\n");
        row += EcomapLayout.LINE + 4;
      }
      out.append("</g>\n");
    }

    private String sample(String kind, double x, double y) {
      String line = "<line x1=\"" + n(x) + "\" y1=\"" + n(y) + "\" x2=\"" + n(x + 36) + "\" y2=\"" + n(y) + "\"";
      return switch (kind) {
        case "rings" -> "<circle cx=\"" + n(x + 18) + "\" cy=\"" + n(y) + "\" r=\"6\" fill=\"none\" stroke=\"#c8c8c8\" "
            + "stroke-dasharray=\"2 4\"/>";
        case "strong" -> line + " stroke=\"#333333\" stroke-width=\"4\"/>";
        case "ordinary" -> line + " stroke=\"#333333\" stroke-width=\"2\"/>";
        case "weak" -> line + " stroke=\"#333333\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>";
        case "stressful" -> line + " stroke=\"#333333\" stroke-width=\"2\"/><path d=\"M" + n(x + 12) + ","
            + n(y - 4) + " L" + n(x + 12) + "," + n(y + 4) + " M" + n(x + 24) + "," + n(y - 4) + " L" + n(x + 24)
            + "," + n(y + 4) + "\" stroke=\"#333333\" stroke-width=\"1.5\"/>";
        case "conflict" -> line + " stroke=\"#a01010\" stroke-width=\"2\"/><path d=\"M" + n(x + 9) + "," + n(y - 4)
            + " L" + n(x + 15) + "," + n(y + 4) + " M" + n(x + 15) + "," + n(y - 4) + " L" + n(x + 9) + ","
            + n(y + 4) + " M" + n(x + 21) + "," + n(y - 4) + " L" + n(x + 27) + "," + n(y + 4) + " M" + n(x + 27)
            + "," + n(y - 4) + " L" + n(x + 21) + "," + n(y + 4) + "\" stroke=\"#a01010\" stroke-width=\"1.5\"/>";
        case "support" -> line + " stroke=\"#333333\" stroke-width=\"2\" marker-end=\"url(#support)\"/>";
        case "relative" -> "<circle cx=\"" + n(x + 18) + "\" cy=\"" + n(y) + "\" r=\"6\" fill=\"#dfeaff\" "
            + "stroke=\"#000000\"/>";
        case "professional" -> "<rect x=\"" + n(x + 12) + "\" y=\"" + n(y - 6) + "\" width=\"12\" height=\"12\" "
            + "rx=\"2\" fill=\"#ffe9d2\" stroke=\"#000000\"/>";
        case "participant" -> "<path d=\"M" + n(x + 18) + "," + n(y - 6) + " L" + n(x + 24) + "," + n(y) + " L"
            + n(x + 18) + "," + n(y + 6) + " L" + n(x + 12) + "," + n(y) + " z\" fill=\"#e3f5e1\" stroke=\"#000000\"/>";
        case "organisation" -> "<rect x=\"" + n(x + 13) + "\" y=\"" + n(y - 5) + "\" width=\"10\" height=\"10\" "
            + "fill=\"#eeeeee\" stroke=\"#666666\"/>";
        case "dormant" -> "<circle cx=\"" + n(x + 18) + "\" cy=\"" + n(y) + "\" r=\"6\" fill=\"#dfeaff\" "
            + "fill-opacity=\"0.45\" stroke=\"#000000\" stroke-dasharray=\"3 2\"/>";
        case "referent" -> "<circle cx=\"" + n(x + 18) + "\" cy=\"" + n(y) + "\" r=\"6\" fill=\"none\" "
            + "stroke=\"#000000\"/><circle cx=\"" + n(x + 18) + "\" cy=\"" + n(y) + "\" r=\"3\" fill=\"#ffe9d2\" "
            + "stroke=\"#000000\"/>";
        case "flagged" -> "<circle cx=\"" + n(x + 18) + "\" cy=\"" + n(y) + "\" r=\"5\" fill=\"#ffffff\" "
            + "stroke=\"#a01010\"/><text x=\"" + n(x + 18) + "\" y=\"" + n(y + 3.5) + "\" text-anchor=\"middle\" "
            + "font-size=\"9\" font-weight=\"bold\" fill=\"#a01010\">!</text>";
        default -> throw new IllegalArgumentException("no legend sample for " + kind);
      };
    }

    /**
     * The label of a constant in the drawing's language, read from the labels' bundle once per constant: a
     * drawing names the same few constants many times.
     */
    private String labelOf(Labelled constant) {
      // read then filed, rather than computeIfAbsent: its function would capture the drawing on every call
      String label = labelCache.get(constant);
      if (label == null) {
        label = constant.label(locale);
        labelCache.put(constant, label);
      }
      return label;
    }

    /**
     * A number as {@link Ecomap#n} writes it, in the drawing's one buffer: to be appended at once (each call
     * overwrites the last), so that the many coordinates of a drawing make no string each.
     */
    private CharSequence num(double value) {
      number.setLength(0);
      return appendNumber(number, value);
    }

    /**
     * A text of the bundle, with its {name} placeholders replaced in one pass over the template: a value is never
     * read again for placeholders (a name holding "{second}" stays as it is), and a placeholder with no argument
     * stays as written.
     */
    private String text(String key, Object... arguments) {
      String template = bundle.getString(key);
      if (template.indexOf('{') < 0) {
        return template;
      }
      StringBuilder b = new StringBuilder(template.length() + 32);
      try {
        fill(b, template, false, arguments);
      } catch (IOException e) {
        throw new AssertionError("a StringBuilder does not fail", e);
      }
      return b.toString();
    }

    /**
     * Writes a text of the bundle to the drawing, escaped, as {@code escape(text(key, arguments))} would be written,
     * without making either string: the titles of ties and lines are the most numerous texts of a drawing.
     */
    private void escapedText(String key, Object... arguments) throws IOException {
      fill(out, bundle.getString(key), true, arguments);
    }

    /**
     * Writes a template with its {name} placeholders replaced in one pass: a value is never read again for
     * placeholders (a name holding "{second}" stays as it is), and a placeholder with no argument stays as written;
     * every piece escaped for XML when asked.
     */
    private static void fill(Appendable to, String template, boolean escaped, Object[] arguments) throws IOException {
      int from = 0;
      int open = template.indexOf('{');
      while (open >= 0) {
        int close = template.indexOf('}', open + 1);
        if (close < 0) {
          break;
        }
        write(to, template, from, open, escaped);
        from = close + 1;
        int value = valueOf(template, open, close, arguments);
        if (value >= 0) {
          String argument = String.valueOf(arguments[value]);
          write(to, argument, 0, argument.length(), escaped);
        } else {
          write(to, template, open, close + 1, escaped);
        }
        open = template.indexOf('{', from);
      }
      write(to, template, from, template.length(), escaped);
    }

    private static void write(Appendable to, String text, int from, int end, boolean escaped) throws IOException {
      if (escaped) {
        escapeTo(to, text, from, end);
      } else {
        to.append(text, from, end);
      }
    }

    /** The position of the value named by the placeholder between {@code open} and {@code close}, or -1. */
    private static int valueOf(String template, int open, int close, Object[] arguments) {
      int length = close - open - 1;
      for (int i = 0; i + 1 < arguments.length; i += 2) {
        String name = (String) arguments[i];
        if (name.length() == length && template.regionMatches(open + 1, name, 0, length)) {
          return i + 1;
        }
      }
      return -1;
    }
  }

  /**
   * A name as a label: at most {@value #LABEL_LENGTH} characters, cut with an ellipsis beyond (the whole name
   * stays in the element's title).
   */
  static String shortened(String name) {
    String trimmed = name.strip();
    if (trimmed.codePointCount(0, trimmed.length()) <= LABEL_LENGTH) {
      return trimmed;
    }
    return trimmed.substring(0, trimmed.offsetByCodePoints(0, LABEL_LENGTH - 1)).strip() + "\u2026";
  }

  /** A number with one decimal, in the root locale, never "-0.0". */
  static String n(double value) {
    return appendNumber(new StringBuilder(8), value).toString();
  }

  /** Appends a number with one decimal, in the root locale, never "-0.0". */
  static StringBuilder appendNumber(StringBuilder b, double value) {
    long tenths = Math.round(value * 10);
    if (tenths < 0) {
      b.append('-');
    }
    long abs = Math.abs(tenths);
    return b.append(abs / 10).append('.').append(abs % 10);
  }

  /** Text for XML content and attributes. */
  static String escape(String text) {
    int first = 0;
    while (first < text.length() && plain(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      // the common case: nothing to write otherwise, the text as it is
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, first);
    try {
      escapeTo(b, text, first, text.length());
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return b.toString();
  }

  /**
   * Writes part of a text for XML content and attributes: the runs of plain characters as they are, the five
   * special ones as entities, and the characters XML 1.0 forbids left out rather than written.
   */
  static void escapeTo(Appendable out, String text, int from, int to) throws IOException {
    int run = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (plain(c)) {
        continue;
      }
      out.append(text, run, i);
      run = i + 1;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          // a character XML 1.0 forbids: left out
        }
      }
    }
    out.append(text, run, to);
  }

  /** Whether a character is written as it is in XML content and attributes. */
  private static boolean plain(char c) {
    return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' : c == '\t' || c == '\n' || c == '\r';
  }
}
