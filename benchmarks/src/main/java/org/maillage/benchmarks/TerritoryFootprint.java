package org.maillage.benchmarks;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;

/**
 * Bytes per tie retained by a territory graph (issue 15; goal at most 16, weights included), measured on the
 * object: the arrays its fields hold, each counted as a 16-byte header plus its length times its element size (4 per
 * reference, compressed pointers), rounded up to 8, as JOL counts arrays on a 64-bit JVM. The graph of an edge
 * list is measured, then the graph of the same organisations without ties; the difference divided by the ties is
 * what a tie costs, per-organisation arrays apart. (JOL itself is not used: its parent POM is not in the offline
 * repository of the workplace.)
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.maillage.benchmarks.TerritoryFootprint}. Stateless.
 *
 * @since 0.2
 */
public final class TerritoryFootprint {
  private TerritoryFootprint() {}

  /**
   * Prints the bytes per tie at 10,000, 100,000 and 1,000,000 ties.
   *
   * @param args unused
   * @throws IllegalAccessException if the graph's fields cannot be read
   */
  public static void main(String[] args) throws IllegalAccessException {
    for (int ties : new int[] {10_000, 100_000, 1_000_000}) {
      TerritoryEdges edges = TerritoryEdges.of(ties, TerritoryEdges.SEED);
      System.out.printf("%,d ties: %.2f bytes per tie%n", ties, bytesPerTie(edges));
    }
  }

  /**
   * Measures the bytes per tie of the graph of an edge list.
   *
   * @param edges the edge list
   * @return the bytes the ties add, divided by the ties
   * @throws IllegalAccessException if the graph's fields cannot be read
   */
  public static double bytesPerTie(TerritoryEdges edges) throws IllegalAccessException {
    TerritoryGraph graph = TerritoryBenchmark.graph(edges);
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION);
    for (int i = 0; i < edges.organisations; i++) {
      builder.organisation(edges.ids[i], edges.ids[i], Optional.empty(), 1, 1, 0);
    }
    TerritoryGraph without = builder.build();
    return (double) (arrayBytes(graph) - arrayBytes(without)) / graph.tieCount();
  }

  /**
   * Returns the bytes of the arrays an object's instance fields hold.
   *
   * @param object the object
   * @return the bytes
   * @throws IllegalAccessException if a field cannot be read
   */
  public static long arrayBytes(Object object) throws IllegalAccessException {
    long bytes = 0;
    for (Field field : object.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || !field.getType().isArray()) {
        continue;
      }
      field.setAccessible(true);
      Object array = field.get(object);
      if (array == null) {
        continue;
      }
      Class<?> element = field.getType().getComponentType();
      int size = element == long.class || element == double.class ? 8
          : element == int.class || element == float.class || !element.isPrimitive() ? 4
          : element == short.class || element == char.class ? 2 : 1;
      bytes += (16 + (long) Array.getLength(array) * size + 7) / 8 * 8;
    }
    return bytes;
  }
}
