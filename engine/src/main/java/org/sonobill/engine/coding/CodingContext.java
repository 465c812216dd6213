package org.sonobill.engine.coding;

import java.util.List;

/**
 * The billing context the engine resolved, shown with every result so a coder sees what the defaults were.
 *
 * @param claimType professional or institutional
 * @param billingRole global, professional or technical (after the place-of-service default)
 * @param payer the payer rule pack
 * @param placeOfService the two-digit code
 * @param facility whether CMS treats the place of service as a facility
 * @param referenceData labels of the reference data versions used
 */
public record CodingContext(String claimType, String billingRole, String payer, String placeOfService,
                            boolean facility, List<String> referenceData) {
    public CodingContext {
        referenceData = List.copyOf(referenceData);
    }
}
