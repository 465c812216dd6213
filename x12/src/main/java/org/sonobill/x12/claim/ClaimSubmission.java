package org.sonobill.x12.claim;

import java.util.List;
import org.sonobill.engine.claim.Claim;

/**
 * One claim with the parties an 837 needs and the engine's claim does not carry.
 *
 * @param claim the engine's claim (codes, units, charges, diagnoses, NPIs, frequency, REF*F8 and REF*G1 numbers)
 * @param billing the billing provider (2000A/2010AA)
 * @param subscriber the subscriber and this payer's responsibility (2000B/2010BA)
 * @param payer the payer the claim goes to (2010BB)
 * @param patient the patient when not the subscriber (2000C/2010CA), else null
 * @param rendering the rendering provider (837P 2310B, 837I attending 2310A), or null when the billing provider
 *     rendered the service
 * @param ordering the ordering provider (837P 2420E on every line, 837I referring 2310F), or null
 * @param institutional bill type, statement dates and revenue codes; required for an institutional claim
 * @param priorPayers what earlier payers did, for a secondary or tertiary claim (2320), in payer order
 */
public record ClaimSubmission(Claim claim, BillingProvider billing, Subscriber subscriber, Payer payer,
                              PatientParty patient, Provider rendering, Provider ordering, Institutional institutional,
                              List<PriorPayerAdjudication> priorPayers) {
    public ClaimSubmission {
        priorPayers = priorPayers == null ? List.of() : List.copyOf(priorPayers);
    }
}
