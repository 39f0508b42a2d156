/**
 * The sharing rule family of the standard catalogue (DOMAIN.md §2, <i>transmission d'informations</i>):
 * {@code SHARE-WITH-NOT-ABOUT}, {@code SHARE-WITHIN-SECRECY}, {@code SHARE-NECESSARY} and
 * {@code SHARE-DECISION}; internal, not exported.
 *
 * <p>Common reading of the family: the rules judge every flow recorded in the network, each as of its own
 * date. A flow dated after the validation date is a flow planned, not yet made: it is not judged yet, and
 * every rule of the family is silent on it (ask {@code SharingPolicies.france().decide(...)} before making
 * it). The only judgement made as of the validation date is whether the information owed after an urgency
 * has been recorded since.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.rules.sharing;
