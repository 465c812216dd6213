package org.sonobill.engine.study;

import java.util.List;

/**
 * An ultrasound-guided procedure documented with the study.
 *
 * @param kind the guidance kind (needle-guidance, vascular-access, ...)
 * @param primaryCode the CPT/HCPCS code of the procedure that was guided (biopsy, line placement...), billed on its own
 * @param region the anatomic region of the procedure (abdomen, neck, breast, ...)
 * @param laterality the side of the procedure on a paired region (breast, limbs), or null
 * @param realTimeNeedle the needle was visualised entering the target in real time
 * @param imageRecorded a permanent image of the localisation was recorded
 * @param sitesEvaluated potential access sites were evaluated (vascular access)
 * @param vesselPatent patency of the selected vessel was documented (vascular access)
 * @param count how many needle procedures (passes, sites) were done in the encounter
 * @param icd10 the diagnoses of the procedure, when they differ from the study's indication
 */
public record Procedure(String kind, String primaryCode, String region, Laterality laterality, boolean realTimeNeedle,
                        boolean imageRecorded, boolean sitesEvaluated, boolean vesselPatent, int count,
                        List<String> icd10) {
    public Procedure {
        count = Math.max(count, 1);
        icd10 = icd10 == null ? List.of() : List.copyOf(icd10);
    }

    /** A procedure without a side. */
    public Procedure(String kind, String primaryCode, String region, boolean realTimeNeedle, boolean imageRecorded,
                     boolean sitesEvaluated, boolean vesselPatent, int count, List<String> icd10) {
        this(kind, primaryCode, region, null, realTimeNeedle, imageRecorded, sitesEvaluated, vesselPatent, count, icd10);
    }
}
