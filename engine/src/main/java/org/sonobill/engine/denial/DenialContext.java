package org.sonobill.engine.denial;

import java.util.OptionalInt;
import java.util.Set;

/**
 * What the classifier knows about the claim besides the remittance line: the payer, whether the payer adjudicated it,
 * the NCCI pair behind a bundling denial, the record, and the history of appeals.
 *
 * @param payerPack the payer rule pack id (medicare, commercial, commercial-hmo, or a user pack)
 * @param adjudicated false when the claim was rejected and never adjudicated (no claim number to correct or appeal)
 * @param ptpModifierIndicator the NCCI PTP modifier indicator of the bundling pair on this line, when known (0, 1, 9)
 * @param distinctnessDocumented the record documents a separate site, session or lesion for the bundled service
 * @param abnOnFile a signed advance beneficiary notice (or a commercial waiver) names this service
 * @param claimFindingCodes the finding codes the scrubber raised on this claim (SB-DOC-..., SB-NCCI-...)
 * @param appealLevelsUsed how many appeal levels were already filed for this line (0 before the first)
 */
public record DenialContext(String payerPack, boolean adjudicated, OptionalInt ptpModifierIndicator,
                            boolean distinctnessDocumented, boolean abnOnFile, Set<String> claimFindingCodes,
                            int appealLevelsUsed) {

    public DenialContext {
        payerPack = payerPack == null ? "" : payerPack;
        ptpModifierIndicator = ptpModifierIndicator == null ? OptionalInt.empty() : ptpModifierIndicator;
        claimFindingCodes = claimFindingCodes == null ? Set.of() : Set.copyOf(claimFindingCodes);
    }

    /** True for the Medicare fee-for-service pack. */
    public boolean medicare() {
        return payerPack.equals("medicare");
    }

    /** A builder starting from an adjudicated claim of this payer with nothing else known. */
    public static Builder of(String payerPack) {
        return new Builder(payerPack);
    }

    /** Builds a context step by step. */
    public static final class Builder {
        private final String payerPack;
        private boolean adjudicated = true;
        private OptionalInt indicator = OptionalInt.empty();
        private boolean distinct;
        private boolean abn;
        private Set<String> findings = Set.of();
        private int levels;

        private Builder(String payerPack) {
            this.payerPack = payerPack;
        }

        /** The claim was rejected, never adjudicated. */
        public Builder rejected() {
            adjudicated = false;
            return this;
        }

        /** The PTP modifier indicator of the bundling pair. */
        public Builder ptpIndicator(int indicator) {
            this.indicator = OptionalInt.of(indicator);
            return this;
        }

        /** The record documents distinct services. */
        public Builder distinctnessDocumented() {
            distinct = true;
            return this;
        }

        /** A signed ABN is on file. */
        public Builder abnOnFile() {
            abn = true;
            return this;
        }

        /** The scrubber's finding codes on the claim. */
        public Builder findings(String... codes) {
            findings = Set.of(codes);
            return this;
        }

        /** Appeal levels already filed. */
        public Builder appealLevelsUsed(int n) {
            levels = n;
            return this;
        }

        public DenialContext build() {
            return new DenialContext(payerPack, adjudicated, indicator, distinct, abn, findings, levels);
        }
    }
}
