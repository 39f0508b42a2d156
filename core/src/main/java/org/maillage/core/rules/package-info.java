/**
 * The standard rule catalogue of DOMAIN.md §2 (<i>catalogue de règles</i>), one sub-package per rule family;
 * internal to the engine, not exported. Obtain the rules through {@code Validator.standard()}.
 *
 * <p>What every rule of the catalogue keeps:
 * <ul>
 *   <li><b>Cost.</b> A rule takes time linear, or n log n, in what it reads of the network: members, ties,
 *       meetings, flows, référent designations and periods (involvements, designations, status changes). No
 *       rule searches a list for each element of another list that grows with the network; what it must find
 *       again and again it reads from the network's indexes ({@code Network.tiesOf}, {@code member},
 *       {@code designationsOf}, {@code institutions}...), built once per network value. Each rule's class
 *       documentation says in what it is linear. The sharing decision ({@code SHARE-DECISION}) reads the
 *       objections and consents of each flow's addressees and the person's measures from summaries built once
 *       per validation ({@code SharingRecord}), in time logarithmic in them for each flow (for consents, times
 *       the number of distinct scopes an addressee's consents record).</li>
 *   <li><b>Dates.</b> Months counted from the date judged are calendar months, and saturate at the bounds of
 *       the calendar ({@link org.maillage.core.rules.CalendarMonths}): a date moved past
 *       {@link java.time.LocalDate#MAX} stays at {@code LocalDate.MAX}, one moved before
 *       {@link java.time.LocalDate#MIN} stays at {@code LocalDate.MIN}. So a validation as of any date a
 *       {@code LocalDate} can hold, the first and last days of the calendar included, is answered and never
 *       becomes a rule that failed.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.rules;
