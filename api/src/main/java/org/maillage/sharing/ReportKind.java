package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * A report that the law requires or permits (<i>signalement, information préoccupante</i>).
 *
 * @since 0.1
 */
public enum ReportKind implements Labelled {
  /** A concern about a child to the département's collection unit, CASF L226-2-1 (<i>information
   * préoccupante à la CRIP</i>). */
  CHILD_CONCERN,
  /** A report of deprivation or abuse to the judicial, medical or administrative authorities, Code pénal
   * 226-14 (<i>signalement au procureur</i>). */
  ABUSE_REPORT,
  /** A report to the judge who ordered a measure in progress, by a professional it mandates (<i>rapport au
   * juge mandant</i>). */
  REPORT_TO_JUDGE
}
