package org.sonobill.x12.remit;

/**
 * A remark on a claim or a line: an LQ segment of loop 2110 (HE: a remittance advice remark code, RARC; RX: an
 * NCPDP reject code), or a RARC of the claim's MIA or MOA segment (qualifier HE, source MIA or MOA).
 *
 * @param qualifier LQ01 code list qualifier (HE or RX)
 * @param code LQ02, or the remark code of MIA05/MIA20-23 or MOA03-07
 * @param source the segment it came from (LQ, MIA or MOA)
 */
public record Remark(String qualifier, String code, String source) {
}
