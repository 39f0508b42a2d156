package org.maillage.examples;

/** Placeholder demo, replaced by the scenarios. */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args the language, {@code fr} or {@code en}
   */
  public static void main(String[] args) {
    System.out.println("Maillage");
  }
}
