package org.maillage.formats.ecomap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.member.Horizon;
import org.maillage.member.Sector;

/**
 * Where each element of an ecomap goes (<i>disposition</i>): members on the ring of their horizon, inside the
 * wedge of their sector, organisations on an outer ring inside the wedge of theirs; every label a box under its
 * node, measured with {@link TextWidths}.
 *
 * <p>The wedges share the circle in proportion to what they must hold, and each item gets the angle its width
 * needs at its ring's base radius; the rings are then widened, all by one factor, the angles kept, so that every
 * distance grows with the factor while the boxes keep their size, until no two boxes (nodes and labels) overlap, which a sweep over the boxes sorted by their left edge
 * checks (n log n plus the pairs that share a column). The drawing's size is then the boxes' extent plus a margin,
 * so that nothing lies outside it. Deterministic: the same items in the same order give the same places.
 *
 * <p>Not thread-safe: one layout per drawing.
 */
final class EcomapLayout {
  /** The radius of a member's node. */
  static final double NODE = 14;
  /** The radius of the centre's node. */
  static final double CENTRE = 26;
  /** The half side of an organisation's square. */
  static final double SQUARE = 11;
  /** The font size of the labels. */
  static final double FONT = 11;
  /** A label's box height. */
  static final double LINE = 14;
  /** The free space kept between two boxes and around the drawing. */
  static final double GAP = 6;
  static final double MARGIN = 24;
  /** The radii of the rings before widening: close, middle, distant, and the organisations' ring. */
  private static final double[] RINGS = {120, 230, 340, 460};
  /** How far out the second row of a ring lies, before widening: a node and its label fit between the rows. */
  static final double ROW = 52;

  /** One element to place: its wedge, its ring (0 to 3), its label's width. */
  static final class Item {
    final Sector sector;
    final int ring;
    final double labelWidth;
    final double radius;
    double x;
    double y;

    Item(Sector sector, int ring, double labelWidth, double radius) {
      this.sector = sector;
      this.ring = ring;
      this.labelWidth = labelWidth;
      this.radius = radius;
    }

    /** @return the width this item takes along its ring: its node or its label, whichever is wider, and a gap */
    double footprint() {
      return Math.max(2 * radius, labelWidth) + 2 * GAP;
    }
  }

  /** A rectangle, x and y of its top left corner. */
  record Box(double x, double y, double width, double height) {
    double right() {
      return x + width;
    }

    boolean overlaps(Box o) {
      return x < o.right() && o.x < right() && y < o.y + o.height && o.y < y + height;
    }

    /** Whether the other box comes closer than a gap, on both axes: overlapping or nearly so. */
    boolean near(Box o, double gap) {
      return x < o.right() + gap && o.x < right() + gap && y < o.y + o.height + gap && o.y < y + height + gap;
    }
  }

  /**
   * The least distance kept between two boxes: more than the SVG's rounding of every coordinate to a tenth can
   * take away, so that boxes apart in the layout stay apart as written (two labels 0.003 apart in the layout
   * overlapped once rounded).
   */
  static final double CLEARANCE = 0.5;

  private final List<Item> items = new ArrayList<>();
  private final double centreLabelWidth;
  /** The width of each wedge's sector label, written beyond the organisations' ring. */
  private final Map<Sector, Double> sectorLabels = new EnumMap<>(Sector.class);
  private double scale = 1;
  /** The factor the items' angles were set with: the circle holds them all at the base radii times it. */
  private double angleScale = 1;
  private Box extent = new Box(0, 0, 0, 0);
  /** The wedges, in the order of the sectors, with their start and sweep angles once placed. */
  private final Map<Sector, double[]> wedges = new EnumMap<>(Sector.class);

  EcomapLayout(double centreLabelWidth) {
    this.centreLabelWidth = centreLabelWidth;
  }

  /**
   * Adds a member or an organisation to place.
   *
   * @return the item, whose place is set by {@link #place()}
   */
  Item add(Sector sector, Horizon horizon, double labelWidth, double radius) {
    Item item = new Item(sector, horizon.ordinal(), labelWidth, radius);
    items.add(item);
    return item;
  }

  /** Sets the width of a wedge's sector label. */
  void sectorLabel(Sector sector, double width) {
    sectorLabels.put(sector, width);
  }

  /**
   * The centre of a wedge's sector label, once placed: beyond the organisations' ring, at the wedge's middle, far
   * enough out that the label's half width stays outside it, and further with every widening.
   */
  double[] sectorLabelAt(Sector sector) {
    double[] wedge = wedges.get(sector);
    double middle = wedge[0] + wedge[1] / 2;
    double radius = ring(3) * 1.1 + SQUARE + LINE + 3 * GAP + sectorLabels.getOrDefault(sector, 0.0) / 2;
    return new double[] {radius * StrictMath.cos(middle), radius * StrictMath.sin(middle)};
  }

  /** Adds an organisation, on the outer ring of its sector's wedge. */
  Item addOrganisation(Sector sector, double labelWidth) {
    Item item = new Item(sector, 3, labelWidth, SQUARE);
    items.add(item);
    return item;
  }

  /** Places every item, widening the rings until no two boxes overlap. */
  void place() {
    Map<Sector, List<List<Item>>> bySector = new EnumMap<>(Sector.class);
    for (Item item : items) {
      List<List<Item>> rings = bySector.computeIfAbsent(item.sector, s -> {
        List<List<Item>> r = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
          r.add(new ArrayList<>());
        }
        return r;
      });
      rings.get(item.ring).add(item);
    }
    // each wedge's share of the circle: the angle its fullest ring needs at the base radii
    Map<Sector, Double> needs = new LinkedHashMap<>();
    double total = 0;
    for (Map.Entry<Sector, List<List<Item>>> e : bySector.entrySet()) {
      double need = 0;
      for (int ring = 0; ring < 4; ring++) {
        need = Math.max(need, arc(e.getValue().get(ring)) / RINGS[ring]);
      }
      needs.put(e.getKey(), need);
      total += need;
    }
    // the angles are set once, so that widening the rings widens every gap with them
    angleScale = Math.max(1, total / (2 * Math.PI) * 1.05);
    scale = angleScale;
    for (int attempt = 0; attempt < 60; attempt++) {
      layOut(bySector, needs, total);
      if (!neighboursTooClose(bySector) && !anyOverlap()) {
        return;
      }
      scale *= 1.12;
    }
    throw new IllegalStateException("EcomapLayout: no layout without overlap after widening 60 times");
  }

  private void layOut(Map<Sector, List<List<Item>>> bySector, Map<Sector, Double> needs, double total) {
    wedges.clear();
    double start = -Math.PI / 2;
    for (Map.Entry<Sector, List<List<Item>>> e : bySector.entrySet()) {
      double sweep = 2 * Math.PI * needs.get(e.getKey()) / total;
      wedges.put(e.getKey(), new double[] {start, sweep});
      for (int ring = 0; ring < 4; ring++) {
        List<Item> on = e.getValue().get(ring);
        double base = RINGS[ring] * angleScale;
        boolean rows = staggered(on);
        // centred in the wedge; with two rows, each item takes half its width of the arc and every other one
        // lies on the outer row, so that two neighbours on one row are a whole width apart
        double angle = start + (sweep - arc(on) / base) / 2;
        for (int i = 0; i < on.size(); i++) {
          Item item = on.get(i);
          double half = item.footprint() / base / (rows ? 4 : 2);
          angle += half;
          double radius = (RINGS[ring] + (rows && i % 2 == 1 ? ROW : 0)) * scale;
          item.x = radius * StrictMath.cos(angle);
          item.y = radius * StrictMath.sin(angle);
          angle += half;
        }
      }
      start += sweep;
    }
  }

  /**
   * Whether two items placed one after the other on a ring of a wedge, or one apart (neighbours on a row when the
   * ring has two), come closer than {@link #CLEARANCE}: the likeliest overlaps, checked in a pass before the sweep
   * so that a widening round that must fail fails without sorting. Only ever answers yes for boxes the sweep would
   * find too close, so the layout is the sweep's.
   */
  private static boolean neighboursTooClose(Map<Sector, List<List<Item>>> bySector) {
    for (List<List<Item>> rings : bySector.values()) {
      for (List<Item> on : rings) {
        for (int i = 0; i + 1 < on.size(); i++) {
          Item a = on.get(i);
          for (int j = i + 1; j <= i + 2 && j < on.size(); j++) {
            Item b = on.get(j);
            Box nodeA = nodeBox(a);
            Box labelA = labelBox(a.x, a.y, a.radius, a.labelWidth);
            Box nodeB = nodeBox(b);
            Box labelB = labelBox(b.x, b.y, b.radius, b.labelWidth);
            if (nodeA.near(nodeB, CLEARANCE) || nodeA.near(labelB, CLEARANCE) || labelA.near(nodeB, CLEARANCE)
                || labelA.near(labelB, CLEARANCE)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The box of an item's node, as {@link #boxes()} files it. */
  private static Box nodeBox(Item item) {
    return new Box(item.x - item.radius, item.y - item.radius, 2 * item.radius, 2 * item.radius);
  }

  /** Whether the items of one ring of one wedge go on two rows: members, more than one. */
  private static boolean staggered(List<Item> on) {
    return on.size() > 1 && on.get(0).ring < 3;
  }

  /** The length of arc the items of one ring of one wedge take: their widths, halved on two rows. */
  private static double arc(List<Item> on) {
    double length = 0;
    for (Item item : on) {
      length += item.footprint();
    }
    return staggered(on) ? length / 2 : length;
  }

  /**
   * The boxes of the centre, then of each item (its node, then its label under it), then of the sectors' labels:
   * their left, top, right and bottom edges, four numbers per box.
   */
  private double[] boxes() {
    double[] edges = new double[4 * (2 * items.size() + 2 + sectorLabels.size())];
    int n = 0;
    n = box(edges, n, -CENTRE, -CENTRE, 2 * CENTRE, 2 * CENTRE);
    n = labelBox(edges, n, 0, 0, CENTRE, centreLabelWidth);
    for (Item item : items) {
      n = box(edges, n, item.x - item.radius, item.y - item.radius, 2 * item.radius, 2 * item.radius);
      n = labelBox(edges, n, item.x, item.y, item.radius, item.labelWidth);
    }
    for (Map.Entry<Sector, Double> e : sectorLabels.entrySet()) {
      if (wedges.containsKey(e.getKey())) {
        double[] at = sectorLabelAt(e.getKey());
        n = box(edges, n, at[0] - e.getValue() / 2, at[1] - LINE / 2, e.getValue(), LINE);
      }
    }
    return n == edges.length ? edges : Arrays.copyOf(edges, n);
  }

  /** Files a box's edges at {@code n}, as {@link Box} computes them; returns where the next goes. */
  private static int box(double[] edges, int n, double x, double y, double width, double height) {
    edges[n] = x;
    edges[n + 1] = y;
    edges[n + 2] = x + width;
    edges[n + 3] = y + height;
    return n + 4;
  }

  /** Files the edges of the label box centred under a node, as {@link #labelBox(double, double, double, double)}. */
  private static int labelBox(double[] edges, int n, double x, double y, double radius, double width) {
    return box(edges, n, x - width / 2, y + radius + 2, width, LINE);
  }

  /** The box of a label centred under a node of the given radius. */
  static Box labelBox(double x, double y, double radius, double width) {
    return new Box(x - width / 2, y + radius + 2, width, LINE);
  }

  /**
   * Whether two boxes overlap or come closer than {@link #CLEARANCE}: a sweep over the boxes sorted by their left
   * edge, each compared with those that start before its right edge and the clearance. The boxes are sorted as
   * longs, each its left edge's bits in the order of the numbers, the lowest bits replaced by the box's number:
   * boxes whose left edges differ only in those bits may come in either order, so each sweep goes on while the
   * truncated left edges do not pass the truncated bound, which takes in every box the exact sweep would and a few
   * more, each then compared exactly; the answer is the exact sweep's.
   */
  private boolean anyOverlap() {
    double[] edges = boxes();
    int count = edges.length / 4;
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1));
    long numbers = (1L << bits) - 1;
    long[] sorted = new long[count];
    for (int i = 0; i < count; i++) {
      sorted[i] = order(edges[4 * i]) & ~numbers | i;
    }
    Arrays.sort(sorted);
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < count; i++) {
      int a = 4 * (int) (sorted[i] & numbers);
      double left = edges[a];
      double top = edges[a + 1];
      double right = edges[a + 2];
      double bottom = edges[a + 3];
      minX = Math.min(minX, left);
      minY = Math.min(minY, top);
      maxX = Math.max(maxX, right);
      maxY = Math.max(maxY, bottom);
      long bound = order(right + CLEARANCE) & ~numbers;
      for (int j = i + 1; j < count && (sorted[j] & ~numbers) <= bound; j++) {
        int b = 4 * (int) (sorted[j] & numbers);
        // as Box.near: closer than the clearance on both axes
        if (left < edges[b + 2] + CLEARANCE && edges[b] < right + CLEARANCE
            && top < edges[b + 3] + CLEARANCE && edges[b + 1] < bottom + CLEARANCE) {
          return true;
        }
      }
    }
    extent = new Box(minX, minY, maxX - minX, maxY - minY);
    return false;
  }

  /** A number's bits as a long in the numbers' order: a smaller number, a smaller long. */
  private static long order(double value) {
    long bits = Double.doubleToLongBits(value);
    return bits ^ (bits >> 63) & Long.MAX_VALUE;
  }

  /** @return the extent of every box, once placed */
  Box extent() {
    return extent;
  }

  /** @return the radius of a ring (0 close, 1 middle, 2 distant, 3 organisations), once placed */
  double ring(int ring) {
    return RINGS[ring] * scale;
  }

  /** @return each sector's wedge as {start angle, sweep}, in radians, once placed */
  Map<Sector, double[]> wedges() {
    return wedges;
  }
}
