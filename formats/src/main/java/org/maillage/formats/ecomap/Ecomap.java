package org.maillage.formats.ecomap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.Language;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.analysis.Classification;
import org.maillage.analysis.FormScore;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
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
 * log n, a bounded number of rounds). This class is thread-safe and keeps nothing of a drawing; the words of every
 * language are read from the bundles once, when the first picture is drawn, and kept as constants.
 *
 * @since 0.2
 */
public final class Ecomap {
  private static final String FONTS = "DejaVu Sans, Verdana, Arial, sans-serif";
  /** The colour of ties and their arrows. */
  private static final String INK = "#333333";
  /** The colour of a conflict's line and of the marks of a member with a finding. */
  private static final String CONFLICT_INK = "#a01010";
  private static final TextWidths WIDTHS = TextWidths.dejaVuSans();
  /** The longest label, in characters: a longer name is cut, and read whole in the element's title. */
  static final int LABEL_LENGTH = 24;
  /** A white outline drawn under a label's letters, so that a line crossing it leaves it readable. */
  private static final String HALO = " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" "
      + "paint-order=\"stroke\"";
  /** The outline of a member's node, closing its fill attribute. */
  private static final String STYLE = "\" stroke=\"#000000\" stroke-width=\"1.5\"";
  /** The outline of a dormant member's node: dashed, its fill faded. */
  private static final String DORMANT_STYLE = STYLE + " stroke-dasharray=\"3 2\" fill-opacity=\"0.45\"";

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
   * Draws a network's ecomap into an output: straight into it when it is a {@link StringBuilder}, otherwise
   * drawn whole first and then appended at once.
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
    if (out instanceof StringBuilder text) {
      new Drawing(network, options, text).draw();
      return;
    }
    StringBuilder text = new StringBuilder(8_192 + 512 * (network.members().size() + network.ties().size()));
    new Drawing(network, options, text).draw();
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One individual a line can end at: the centre or a drawn member, with its place and the words naming it in the
   * titles of its lines, made once per drawing rather than once per line.
   */
  private static final class End {
    final double x;
    final double y;
    final double radius;
    /** Its number in the drawing: 0 for the centre, then the members in the network's order. */
    final int index;
    /** How a line's title names it, escaped: the centre's label, or a member's label and id. */
    final String who;

    End(double x, double y, double radius, int index, String who) {
      this.x = x;
      this.y = y;
      this.radius = radius;
      this.index = index;
      this.who = who;
    }
  }

  /** A member drawn: the member, its label, the label escaped, and its item of the layout. */
  private record Placed(Member member, String label, String escapedLabel, EcomapLayout.Item item) {}

  /** An organisation drawn: its id, its label and its item of the layout. */
  private record Drawn(OrganisationId id, String label, EcomapLayout.Item item) {}

  /** The ties drawn between the same two ends, in the network's order, with their ends: parallel lines. */
  private static final class Pair {
    final List<Tie> ties = new ArrayList<>(2);
    final List<End> firsts = new ArrayList<>(2);
    final List<End> seconds = new ArrayList<>(2);

    void add(Tie tie, End first, End second) {
      ties.add(tie);
      firsts.add(first);
      seconds.add(second);
    }
  }

  /**
   * A text of the bundle split once into its literal runs, escaped, and its placeholders, so that a text written
   * for every line (a tie's title) is not scanned for placeholders every time. Written as {@code fill} writes it:
   * a placeholder with no argument of its name stays as written.
   */
  private static final class Message {
    /** The literal runs, escaped: run i comes before argument {@code slots[i]}, the last one after all. */
    private final String[] runs;
    /** For each placeholder, the position of its argument among the names given. */
    private final int[] slots;

    Message(String template, String... names) {
      List<String> runList = new ArrayList<>();
      List<Integer> slotList = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      int from = 0;
      int open = template.indexOf('{');
      while (open >= 0) {
        int close = template.indexOf('}', open + 1);
        if (close < 0) {
          break;
        }
        run.append(template, from, open);
        from = close + 1;
        int slot = -1;
        for (int i = 0; i < names.length && slot < 0; i++) {
          if (names[i].length() == close - open - 1 && template.regionMatches(open + 1, names[i], 0, names[i].length())) {
            slot = i;
          }
        }
        if (slot >= 0) {
          runList.add(escape(run.toString()));
          slotList.add(slot);
          run.setLength(0);
        } else {
          run.append(template, open, close + 1);
        }
        open = template.indexOf('{', from);
      }
      run.append(template, from, template.length());
      runList.add(escape(run.toString()));
      this.runs = runList.toArray(new String[0]);
      this.slots = slotList.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Writes the text with its arguments, already escaped, in the order of the names given. */
    void write(StringBuilder out, CharSequence... escapedArguments) {
      for (int i = 0; i < slots.length; i++) {
        out.append(runs[i]).append(escapedArguments[slots[i]]);
      }
      out.append(runs[slots.length]);
    }
  }

  /**
   * The ecomap's words in one language, read once for every language when the first drawing is made and never
   * changed afterwards: the bundle, the labels of the model's constants a drawing names (as they are and escaped),
   * the bundle's texts escaped, and the texts written for every line split into runs and placeholders. They are
   * constants derived from the bundles, the same on every drawing, so keeping them is no state: nothing a caller does
   * changes them. Immutable, hence thread-safe.
   */
  private static final class Words {
    /** The types whose constants a drawing names; a constant of another type is labelled when drawn. */
    private static final List<Class<? extends Labelled>> NAMED = List.of(Horizon.class, Sector.class, Relation.class,
        OrganisationKind.class, NetworkForm.class, TieNature.class, TieQuality.class, SupportType.class,
        SupportDirection.class);
    private static final Map<Language, Words> BY_LANGUAGE = byLanguage();

    final Locale locale;
    final ResourceBundle bundle;
    final Message tie;
    final Message tieSupports;
    final Message worksIn;
    private final Map<Labelled, String> labels;
    private final Map<Labelled, String> escapedLabels;
    private final Map<String, String> escapedTexts;

    private Words(Language language) {
      this.locale = language.locale();
      this.bundle = ResourceBundle.getBundle("org.maillage.formats.ecomap.Ecomap", locale);
      this.tie = new Message(bundle.getString("tie"), "first", "second", "nature", "quality");
      this.tieSupports = new Message(bundle.getString("tie-supports"), "first", "second", "nature", "quality",
          "supports");
      this.worksIn = new Message(bundle.getString("works-in"), "member", "organisation");
      Map<Labelled, String> labelled = new HashMap<>();
      Map<Labelled, String> escaped = new HashMap<>();
      for (Class<? extends Labelled> type : NAMED) {
        for (Labelled constant : type.getEnumConstants()) {
          String label = constant.label(locale);
          labelled.put(constant, label);
          escaped.put(constant, escape(label));
        }
      }
      this.labels = Map.copyOf(labelled);
      this.escapedLabels = Map.copyOf(escaped);
      Map<String, String> texts = new HashMap<>();
      for (String key : bundle.keySet()) {
        texts.put(key, escape(bundle.getString(key)));
      }
      this.escapedTexts = Map.copyOf(texts);
    }

    private static Map<Language, Words> byLanguage() {
      Map<Language, Words> words = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        words.put(language, new Words(language));
      }
      return Collections.unmodifiableMap(words);
    }

    /** The words of a language. */
    static Words of(Language language) {
      return BY_LANGUAGE.get(language);
    }

    /** The label of a constant in this language. */
    String label(Labelled constant) {
      String label = labels.get(constant);
      return label != null ? label : constant.label(locale);
    }

    /** The label of a constant, escaped. */
    String escapedLabel(Labelled constant) {
      String escaped = escapedLabels.get(constant);
      return escaped != null ? escaped : escape(constant.label(locale));
    }

    /** A text of the bundle without placeholders, escaped. */
    String escapedText(String key) {
      String escaped = escapedTexts.get(key);
      if (escaped == null) {
        throw new MissingResourceException("no ecomap text " + key, Ecomap.class.getName(), key);
      }
      return escaped;
    }
  }

  /** One drawing: the network, the options, the layout and the output. */
  private static final class Drawing {
    private final Network network;
    private final EcomapOptions options;
    private final StringBuilder out;
    private final Words words;
    private final ResourceBundle bundle;
    private final LocalDate date;
    private final EcomapLayout layout;
    /** Each drawn member, in the network's order. */
    private final List<Placed> placed = new ArrayList<>();
    /** Where a line may end, by id: the drawn members and the centre, filled as the members are placed. */
    private final Map<MemberId, End> ends;
    /** Each drawn organisation, in the order of its first professional. */
    private final List<Drawn> organisations = new ArrayList<>();
    private final Map<OrganisationId, Drawn> organisationsById = new HashMap<>();
    private final @Nullable MemberId centreId;
    private final String centreLabel;
    private final Set<MemberId> referents = new HashSet<>();
    /** The buffer a tie's supports are written into, escaped, before its title is. */
    private final StringBuilder supports = new StringBuilder(64);

    Drawing(Network network, EcomapOptions options, StringBuilder out) {
      this.network = network;
      this.options = options;
      this.out = out;
      this.words = Words.of(options.language());
      this.ends = new HashMap<>(capacity(network.members().size() + 1));
      this.bundle = words.bundle;
      this.date = options.date();
      Optional<Person> person = network.focalPerson();
      this.centreId = person.map(Person::id).orElse(null);
      this.centreLabel = person.isPresent()
          ? options.labels() == LabelMode.NAMES && person.get().name().isPresent() ? shortened(person.get().name().get())
              : text("person")
          : text("network", "network", network.id().value());
      this.layout = new EcomapLayout(WIDTHS.width(centreLabel, EcomapLayout.FONT));
    }

    void draw() {
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
        boolean marked = referents.contains(m.id()) || options.flagged().contains(m.id());
        double radius = EcomapLayout.NODE + (marked ? 6 : 0);
        EcomapLayout.Item item = layout.add(m.sector(), m.horizon(), WIDTHS.width(label, EcomapLayout.FONT), radius);
        placed.add(new Placed(m, label, escape(label), item));
        sectors.add(m.sector());
        if (m instanceof Professional p && p.organisation().isPresent()
            && !organisationsById.containsKey(p.organisation().get())) {
          Optional<Organisation> o = network.organisation(p.organisation().get());
          if (o.isPresent()) {
            String orgLabel = options.labels() == LabelMode.NAMES && o.get().name().isPresent()
                ? shortened(o.get().name().get()) : labelOf(o.get().kind());
            Drawn drawn = new Drawn(o.get().id(), orgLabel, layout.addOrganisation(o.get().sector(),
                WIDTHS.width(orgLabel, EcomapLayout.FONT)));
            organisations.add(drawn);
            organisationsById.put(drawn.id(), drawn);
            sectors.add(o.get().sector());
          }
        }
      }
      for (Sector sector : sectors) {
        layout.sectorLabel(sector, WIDTHS.width(labelOf(sector), EcomapLayout.FONT));
      }
      layout.place();
      for (int i = 0; i < placed.size(); i++) {
        Placed p = placed.get(i);
        EcomapLayout.Item item = p.item();
        ends.put(p.member().id(), new End(item.x, item.y, item.radius, i + 1,
            p.escapedLabel() + " (" + escape(p.member().id().value()) + ")"));
      }
      if (centreId != null) {
        // the centre before any member of the same id, as a line's end
        ends.put(centreId, new End(0, 0, EcomapLayout.CENTRE, 0, escape(centreLabel)));
      }
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
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"");
      num(left).append(' ');
      num(top).append(' ');
      num(width).append(' ');
      num(height).append("\" width=\"");
      num(width).append("\" height=\"");
      num(height).append("\" role=\"img\" aria-labelledby=\"ecomap-title ecomap-desc\" font-family=\"").append(FONTS)
          .append("\" font-size=\"");
      num(EcomapLayout.FONT).append("\">\n");
      out.append("<title id=\"ecomap-title\">").append(escape(title)).append("</title>\n");
      out.append("<desc id=\"ecomap-desc\">").append(escape(text("desc", "members", placed.size(),
          "ties", network.ties().size(), "centre", centreLabel))).append("</desc>\n");
      defs();
      out.append("<rect x=\"");
      num(left).append("\" y=\"");
      num(top).append("\" width=\"");
      num(width).append("\" height=\"");
      num(height).append("\" fill=\"#ffffff\"/>\n");
      out.append("<text x=\"");
      num(left + EcomapLayout.MARGIN).append("\" y=\"");
      num(top + EcomapLayout.MARGIN).append("\" font-size=\"");
      num(EcomapLayout.FONT + 3).append("\" font-weight=\"bold\">").append(escape(title)).append("</text>\n");
      Optional<Classification> classification = options.classification();
      if (classification.isPresent()) {
        out.append("<text x=\"");
        num(left + EcomapLayout.MARGIN).append("\" y=\"");
        num(top + EcomapLayout.MARGIN + EcomapLayout.LINE + 4).append("\">")
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

    private void defs() {
      out.append("<defs>\n<marker id=\"support\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" "
          + "markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333333\"/>"
          + "</marker>\n</defs>\n");
    }

    private void rings() {
      out.append("<g><title>").append(escape(text("rings-title"))).append("</title>\n");
      for (int ring = 0; ring < 3; ring++) {
        out.append("<circle cx=\"0\" cy=\"0\" r=\"");
        num(layout.ring(ring)).append("\" fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\" stroke-dasharray=\"2 4\"/>\n");
      }
      out.append("</g>\n");
    }

    private void wedges() {
      double outer = layout.ring(3) + EcomapLayout.SQUARE + EcomapLayout.GAP;
      for (Map.Entry<Sector, double[]> e : layout.wedges().entrySet()) {
        double start = e.getValue()[0];
        String name = labelOf(e.getKey());
        double[] at = layout.sectorLabelAt(e.getKey());
        out.append("<g><title>").append(escape(text("wedge", "sector", name))).append("</title>")
            .append("<line x1=\"");
        num(EcomapLayout.CENTRE * StrictMath.cos(start)).append("\" y1=\"");
        num(EcomapLayout.CENTRE * StrictMath.sin(start)).append("\" x2=\"");
        num(outer * StrictMath.cos(start)).append("\" y2=\"");
        num(outer * StrictMath.sin(start)).append("\" stroke=\"#dddddd\" stroke-width=\"1\"/>").append("<text x=\"");
        num(at[0]).append("\" y=\"");
        num(at[1] + 4).append("\" text-anchor=\"middle\" fill=\"#555555\" font-style=\"italic\"").append(HALO)
            .append('>').append(escape(name)).append("</text></g>\n");
      }
    }

    private void organisationLines() {
      for (Placed p : placed) {
        if (p.member() instanceof Professional pro && pro.organisation().isPresent()) {
          Drawn o = organisationsById.get(pro.organisation().get());
          if (o != null) {
            out.append("<line x1=\"");
            num(o.item().x).append("\" y1=\"");
            num(o.item().y).append("\" x2=\"");
            num(p.item().x).append("\" y2=\"");
            num(p.item().y).append("\" stroke=\"#b0b0b0\" stroke-width=\"1\" stroke-dasharray=\"1 3\"><title>");
            words.worksIn.write(out, escape(pro.id().value()), escape(o.id().value()));
            out.append("</title></line>\n");
          }
        }
      }
    }

    private void ties() {
      // the ties drawn (both ends drawn), with their ends and the key of their pair of ends
      List<Tie> all = network.ties();
      Tie[] drawn = new Tie[all.size()];
      End[] firsts = new End[all.size()];
      End[] seconds = new End[all.size()];
      long[] keys = new long[all.size()];
      int count = 0;
      for (Tie t : all) {
        End a = ends.get(t.first());
        End b = ends.get(t.second());
        if (a != null && b != null) {
          drawn[count] = t;
          firsts[count] = a;
          seconds[count] = b;
          keys[count] = a.index <= b.index ? (long) a.index << 32 | b.index : (long) b.index << 32 | a.index;
          count++;
        }
      }
      // most networks hold at most one tie between the same two: then each is drawn alone, in the network's order,
      // found by sorting the keys rather than filing every tie in a map
      long[] sorted = Arrays.copyOf(keys, count);
      Arrays.sort(sorted);
      boolean parallel = false;
      for (int i = 1; i < count && !parallel; i++) {
        parallel = sorted[i] == sorted[i - 1];
      }
      if (!parallel) {
        for (int i = 0; i < count; i++) {
          tie(drawn[i], firsts[i], seconds[i], 0.0);
        }
        return;
      }
      // several ties between the same two: parallel lines, in the network's order; the pairs in the order of their
      // first tie
      Map<Long, Pair> byEnds = new HashMap<>(capacity(count));
      List<Pair> pairs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Pair pair = byEnds.get(keys[i]);
        if (pair == null) {
          pair = new Pair();
          byEnds.put(keys[i], pair);
          pairs.add(pair);
        }
        pair.add(drawn[i], firsts[i], seconds[i]);
      }
      for (Pair pair : pairs) {
        int size = pair.ties.size();
        for (int k = 0; k < size; k++) {
          tie(pair.ties.get(k), pair.firsts.get(k), pair.seconds.get(k), (k - (size - 1) / 2.0) * 6);
        }
      }
    }

    private void tie(Tie t, End a, End b, double offset) {
      double dx = b.x - a.x;
      double dy = b.y - a.y;
      double length = Math.sqrt(dx * dx + dy * dy);
      if (length <= a.radius + b.radius) {
        return;
      }
      double ux = dx / length;
      double uy = dy / length;
      double ox = -uy * offset;
      double oy = ux * offset;
      double x1 = a.x + ux * a.radius + ox;
      double y1 = a.y + uy * a.radius + oy;
      double x2 = b.x - ux * b.radius + ox;
      double y2 = b.y - uy * b.radius + oy;
      boolean conflict = t.nature() == TieNature.CONFLICT;
      TieQuality quality = t.quality();
      boolean towardsFirst = false;
      boolean towardsSecond = false;
      supports.setLength(0);
      for (Map.Entry<SupportType, SupportDirection> e : t.supports().entrySet()) {
        SupportDirection direction = e.getValue();
        towardsSecond |= direction == SupportDirection.FROM_FIRST || direction == SupportDirection.MUTUAL;
        towardsFirst |= direction == SupportDirection.FROM_SECOND || direction == SupportDirection.MUTUAL;
        if (supports.length() > 0) {
          supports.append(", ");
        }
        supports.append(escapedLabelOf(e.getKey())).append(" (").append(escapedLabelOf(direction)).append(')');
      }
      out.append("<g><title>");
      if (supports.length() == 0) {
        words.tie.write(out, a.who, b.who, escapedLabelOf(t.nature()), escapedLabelOf(quality));
      } else {
        words.tieSupports.write(out, a.who, b.who, escapedLabelOf(t.nature()), escapedLabelOf(quality), supports);
      }
      out.append("</title>\n");
      out.append("<line x1=\"");
      num(x1).append("\" y1=\"");
      num(y1).append("\" x2=\"");
      num(x2).append("\" y2=\"");
      num(y2).append('"');
      lineStyle(conflict, quality);
      if (towardsSecond) {
        out.append(" marker-end=\"url(#support)\"");
      }
      if (towardsFirst) {
        out.append(" marker-start=\"url(#support)\"");
      }
      out.append("/>\n");
      if (quality == TieQuality.STRESSFUL || conflict) {
        hatch(x1, y1, x2, y2, ux, uy, conflict);
      }
      out.append("</g>\n");
    }

    /**
     * The colour, width and dashes of a tie's line, as attributes: red for a conflict, thick when strong, dashed
     * when weak. The legend's samples are drawn with it too, so that they say what the lines look like.
     */
    private void lineStyle(boolean conflict, TieQuality quality) {
      out.append(" stroke=\"").append(conflict ? CONFLICT_INK : INK).append("\" stroke-width=\"")
          .append(quality == TieQuality.STRONG ? "4" : quality == TieQuality.WEAK ? "1.5" : "2").append('"');
      if (quality == TieQuality.WEAK) {
        out.append(" stroke-dasharray=\"6 4\"");
      }
    }

    /** Ticks across a line every 10 units: one for stress, a cross for a conflict; nothing on a line too short. */
    private void hatch(double x1, double y1, double x2, double y2, double ux, double uy, boolean cross) {
      double length = Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
      if (!(8 < length - 8)) {
        return;
      }
      out.append("<path d=\"");
      for (double t = 8; t < length - 8; t += 10) {
        if (t > 8) {
          out.append(' ');
        }
        tick(x1 + ux * t, y1 + uy * t, ux, uy, cross);
      }
      out.append("\" stroke=\"").append(cross ? CONFLICT_INK : INK).append("\" stroke-width=\"1.5\" fill=\"none\"/>\n");
    }

    /**
     * One tick of a hatch, as path commands: across the line of direction (ux, uy) at (cx, cy), 8 units long, or a
     * cross of two such ticks slanted 3 units each way along the line.
     */
    private void tick(double cx, double cy, double ux, double uy, boolean cross) {
      double px = -uy * 4;
      double py = ux * 4;
      if (cross) {
        out.append('M');
        num(cx - px - ux * 3).append(',');
        num(cy - py - uy * 3).append(" L");
        num(cx + px + ux * 3).append(',');
        num(cy + py + uy * 3).append(" M");
        num(cx + px - ux * 3).append(',');
        num(cy + py - uy * 3).append(" L");
        num(cx - px + ux * 3).append(',');
        num(cy - py + uy * 3);
      } else {
        out.append('M');
        num(cx - px).append(',');
        num(cy - py).append(" L");
        num(cx + px).append(',');
        num(cy + py);
      }
    }

    private void nodes() {
      out.append("<g><title>").append(escape(centreLabel)).append("</title><desc>")
          .append(escape(text(centreId != null ? "centre-person" : "centre-network"))).append("</desc>")
          .append("<circle cx=\"0\" cy=\"0\" r=\"");
      num(EcomapLayout.CENTRE).append("\" fill=\"#fff7d6\" stroke=\"#000000\" stroke-width=\"2\"/>");
      label(0, 0, EcomapLayout.CENTRE, escape(centreLabel), true);
      out.append("</g>\n");
      for (Drawn o : organisations) {
        EcomapLayout.Item item = o.item();
        out.append("<g><title>").append(escape(o.label())).append(" (").append(escape(o.id().value()))
            .append(")</title><desc>").append(escapedText("organisation-desc")).append("</desc><rect x=\"");
        num(item.x - EcomapLayout.SQUARE).append("\" y=\"");
        num(item.y - EcomapLayout.SQUARE).append("\" width=\"");
        num(2 * EcomapLayout.SQUARE).append("\" height=\"");
        num(2 * EcomapLayout.SQUARE).append("\" fill=\"#eeeeee\" stroke=\"#666666\" stroke-width=\"1\"/>");
        label(item.x, item.y, item.radius, escape(o.label()), false);
        out.append("</g>\n");
      }
      for (Placed p : placed) {
        node(p);
      }
    }

    /** A member's node: its title (its whole name or label, and its id), its description, its shape and label. */
    private void node(Placed p) {
      Member m = p.member();
      boolean referent = referents.contains(m.id());
      boolean flagged = options.flagged().contains(m.id());
      out.append("<g><title>");
      if (options.labels() == LabelMode.NAMES && m.name().isPresent()) {
        out.append(escape(m.name().get().strip()));
      } else {
        out.append(p.escapedLabel());
      }
      out.append(" (").append(escape(m.id().value())).append(")</title><desc>")
          .append(escapedText(m instanceof PrimaryMember ? "kind-relative" : m instanceof Participant
              ? "kind-participant" : "kind-professional"))
          .append("; ").append(escapedLabelOf(m.horizon())).append("; ").append(escapedLabelOf(m.sector()));
      if (m.dormant()) {
        out.append("; ").append(escapedText("dormant"));
      }
      if (referent) {
        out.append("; ").append(escapedText("referent"));
      }
      if (flagged) {
        out.append("; ").append(escapedText("flagged"));
      }
      out.append("</desc>");
      String style = m.dormant() ? DORMANT_STYLE : STYLE;
      double x = p.item().x;
      double y = p.item().y;
      double r = EcomapLayout.NODE;
      if (m instanceof PrimaryMember) {
        out.append("<circle cx=\"");
        num(x).append("\" cy=\"");
        num(y).append("\" r=\"");
        num(r).append("\" fill=\"#dfeaff").append(style).append("/>");
      } else if (m instanceof Participant) {
        out.append("<path d=\"M");
        num(x).append(',');
        num(y - r).append(" L");
        num(x + r).append(',');
        num(y).append(" L");
        num(x).append(',');
        num(y + r).append(" L");
        num(x - r).append(',');
        num(y).append(" z\" fill=\"#e3f5e1").append(style).append("/>");
      } else {
        out.append("<rect x=\"");
        num(x - r).append("\" y=\"");
        num(y - r).append("\" width=\"");
        num(2 * r).append("\" height=\"");
        num(2 * r).append("\" rx=\"4\" fill=\"#ffe9d2").append(style).append("/>");
      }
      if (referent) {
        out.append("<circle cx=\"");
        num(x).append("\" cy=\"");
        num(y).append("\" r=\"");
        num(r + 5).append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\"/>");
      }
      if (flagged) {
        out.append("<circle cx=\"");
        num(x + r).append("\" cy=\"");
        num(y - r).append("\" r=\"5\" fill=\"#ffffff\" stroke=\"#a01010\" stroke-width=\"1.5\"/><text x=\"");
        num(x + r).append("\" y=\"");
        num(y - r + 3.5).append("\" text-anchor=\"middle\" font-size=\"9\" font-weight=\"bold\" fill=\"#a01010\">!</text>");
      }
      label(x, y, p.item().radius, p.escapedLabel(), false);
      out.append("</g>\n");
    }

    /** A label, already escaped, centred under a node of the given radius, in its label box of the layout. */
    private void label(double x, double y, double radius, String escapedLabel, boolean bold) {
      double top = y + radius + 2;
      out.append("<text x=\"");
      num(x).append("\" y=\"");
      num(top + EcomapLayout.LINE - 3).append("\" text-anchor=\"middle\"").append(bold ? " font-weight=\"bold\"" : "")
          .append(HALO).append('>').append(escapedLabel).append("</text>");
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

    private void legend(List<String[]> entries, double x, double y) {
      out.append("<g><title>").append(escape(text("legend"))).append("</title>\n<text x=\"");
      num(x).append("\" y=\"");
      num(y + EcomapLayout.LINE - 3).append("\" font-weight=\"bold\">").append(escape(text("legend")))
          .append("</text>\n");
      double row = y + EcomapLayout.LINE + 4;
      for (String[] entry : entries) {
        double mid = row + EcomapLayout.LINE / 2;
        sample(entry[0], x, mid);
        out.append("<text x=\"");
        num(x + 48).append("\" y=\"");
        num(row + EcomapLayout.LINE - 3).append("\">").append(escape(entry[1])).append("</text>\n");
        row += EcomapLayout.LINE + 4;
      }
      out.append("</g>\n");
    }

    /** A legend's sample of a tie's line, from x to x + 36 at y. */
    private void line(double x, double y, boolean conflict, TieQuality quality) {
      sampleLine(x, y);
      lineStyle(conflict, quality);
      out.append("/>");
    }

    /** A legend's sample of a hatched line (stress, or a conflict's crosses), with two ticks drawn as on a tie. */
    private void hatched(double x, double y, boolean conflict, TieQuality quality) {
      line(x, y, conflict, quality);
      out.append("<path d=\"");
      tick(x + 12, y, 1, 0, conflict);
      out.append(' ');
      tick(x + 24, y, 1, 0, conflict);
      out.append("\" stroke=\"").append(conflict ? CONFLICT_INK : INK).append("\" stroke-width=\"1.5\"/>");
    }

    /** A legend's sample line, from x to x + 36 at y, its attributes still open. */
    private void sampleLine(double x, double y) {
      out.append("<line x1=\"");
      num(x).append("\" y1=\"");
      num(y).append("\" x2=\"");
      num(x + 36).append("\" y2=\"");
      num(y).append('"');
    }

    /** A legend's sample circle of radius 6 at x + 18, y; its fill and stroke follow. */
    private void circle(double x, double y) {
      out.append("<circle cx=\"");
      num(x + 18).append("\" cy=\"");
      num(y).append("\" r=\"6\" ");
    }

    private void sample(String kind, double x, double y) {
      switch (kind) {
        case "rings" -> {
          circle(x, y);
          out.append("fill=\"none\" stroke=\"#c8c8c8\" stroke-dasharray=\"2 4\"/>");
        }
        case "strong" -> line(x, y, false, TieQuality.STRONG);
        case "ordinary" -> line(x, y, false, TieQuality.ORDINARY);
        case "weak" -> line(x, y, false, TieQuality.WEAK);
        case "stressful" -> hatched(x, y, false, TieQuality.STRESSFUL);
        case "conflict" -> hatched(x, y, true, TieQuality.ORDINARY);
        case "support" -> {
          sampleLine(x, y);
          lineStyle(false, TieQuality.ORDINARY);
          out.append(" marker-end=\"url(#support)\"/>");
        }
        case "relative" -> {
          circle(x, y);
          out.append("fill=\"#dfeaff\" stroke=\"#000000\"/>");
        }
        case "professional" -> {
          out.append("<rect x=\"");
          num(x + 12).append("\" y=\"");
          num(y - 6).append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"#ffe9d2\" stroke=\"#000000\"/>");
        }
        case "participant" -> {
          out.append("<path d=\"M");
          num(x + 18).append(',');
          num(y - 6).append(" L");
          num(x + 24).append(',');
          num(y).append(" L");
          num(x + 18).append(',');
          num(y + 6).append(" L");
          num(x + 12).append(',');
          num(y).append(" z\" fill=\"#e3f5e1\" stroke=\"#000000\"/>");
        }
        case "organisation" -> {
          out.append("<rect x=\"");
          num(x + 13).append("\" y=\"");
          num(y - 5).append("\" width=\"10\" height=\"10\" fill=\"#eeeeee\" stroke=\"#666666\"/>");
        }
        case "dormant" -> {
          circle(x, y);
          out.append("fill=\"#dfeaff\" fill-opacity=\"0.45\" stroke=\"#000000\" stroke-dasharray=\"3 2\"/>");
        }
        case "referent" -> {
          circle(x, y);
          out.append("fill=\"none\" stroke=\"#000000\"/><circle cx=\"");
          num(x + 18).append("\" cy=\"");
          num(y).append("\" r=\"3\" fill=\"#ffe9d2\" stroke=\"#000000\"/>");
        }
        case "flagged" -> {
          out.append("<circle cx=\"");
          num(x + 18).append("\" cy=\"");
          num(y).append("\" r=\"5\" fill=\"#ffffff\" stroke=\"#a01010\"/><text x=\"");
          num(x + 18).append("\" y=\"");
          num(y + 3.5).append("\" text-anchor=\"middle\" font-size=\"9\" font-weight=\"bold\" fill=\"#a01010\">!</text>");
        }
        default -> throw new IllegalArgumentException("no legend sample for " + kind);
      }
    }

    /** The initial capacity of a hash map that holds that many entries without growing. */
    private static int capacity(int entries) {
      return (int) (entries / 0.75f) + 1;
    }

    /** The label of a constant in the drawing's language. */
    private String labelOf(Labelled constant) {
      return words.label(constant);
    }

    /** The label of a constant in the drawing's language, escaped. */
    private String escapedLabelOf(Labelled constant) {
      return words.escapedLabel(constant);
    }

    /** A text of the bundle without placeholders, escaped. */
    private String escapedText(String key) {
      return words.escapedText(key);
    }

    /** Writes a number as {@link Ecomap#n} writes it, straight into the drawing. */
    private StringBuilder num(double value) {
      return appendNumber(out, value);
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
      int from = 0;
      int open = template.indexOf('{');
      while (open >= 0) {
        int close = template.indexOf('}', open + 1);
        if (close < 0) {
          break;
        }
        b.append(template, from, open);
        from = close + 1;
        int value = valueOf(template, open, close, arguments);
        if (value >= 0) {
          b.append(arguments[value]);
        } else {
          b.append(template, open, close + 1);
        }
        open = template.indexOf('{', from);
      }
      return b.append(template, from, template.length()).toString();
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
    long whole = abs / 10;
    long tenth = abs - whole * 10;
    b.append(whole).append('.');
    // the tenth as a char, not as a long whose digits are counted again; negative only for Long.MIN_VALUE tenths
    // (an infinite coordinate), written as before
    return tenth >= 0 ? b.append((char) ('0' + tenth)) : b.append(tenth);
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
    escapeTo(b, text, first, text.length());
    return b.toString();
  }

  /**
   * Writes part of a text for XML content and attributes: the runs of plain characters as they are, the five
   * special ones as entities, and the characters XML 1.0 forbids left out rather than written.
   */
  static void escapeTo(StringBuilder out, String text, int from, int to) {
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
