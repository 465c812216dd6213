package org.sonobill.engine.denial;

/**
 * What a denied line means and what to do about it.
 *
 * @param rootCause why the payer did not pay
 * @param team who fixes the cause (front-desk, authorisation, coding, billing, credentialing, clinical, denial-specialist)
 * @param ownerRole the SonoBill role that owns the queue entry (coder, biller, denial-specialist, manager)
 * @param action the next step, after the classifier's policies
 * @param appealable whether the payer gives appeal rights for this cause
 * @param successPrior the table's prior chance that the action recovers money
 * @param reason why this cause and action, in words a biller reads, naming the CARC/RARC and their meaning
 * @param fix what to do, concretely
 * @param source the mapping row's source and every policy that changed the action
 */
public record DenialClassification(RootCause rootCause, String team, String ownerRole, DenialAction action,
                                   boolean appealable, double successPrior, String reason, String fix, String source) {
}
