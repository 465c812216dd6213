package org.sonobill.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;

/** Claims reach the listener while the file is still being read: nothing waits for the end of a payment. */
class RemittanceStreamingTest {

    @Test
    void eachClaimArrivesAsSoonAsItIsCompleteNotAtTheEndOfThePayment() {
        int claims = 50_000;
        GeneratedRemittance file = new GeneratedRemittance(claims);
        long[] servedAtFirstClaim = {-1};
        long[] seen = {0};
        ReadSummary summary = RemittanceReader.read(X12Input.of(file, "generated.835", InputOptions.strict()),
                new RemittanceListener() {
                    @Override
                    public void claim(ClaimPayment claim) {
                        if (seen[0]++ == 0) {
                            servedAtFirstClaim[0] = file.served;
                        }
                    }

                    @Override
                    public void finding(RemitFinding finding) {
                        throw new AssertionError(finding.toString());
                    }
                });
        assertThat(summary.claims()).isEqualTo(claims);
        assertThat(summary.serviceLines()).isEqualTo(claims);
        assertThat(seen[0]).isEqualTo(claims);
        assertThat(file.served).isGreaterThan(4_000_000);
        assertThat(servedAtFirstClaim[0]).as("bytes read when the first claim arrived").isLessThan(300_000);
    }

    /** A balanced 835 of one payment with many one-line claims, produced while it is read. */
    static final class GeneratedRemittance extends InputStream {
        private final int claims;
        private byte[] chunk = new byte[0];
        private int at;
        private int next;
        long served;

        GeneratedRemittance(int claims) {
            this.claims = claims;
        }

        private boolean refill() {
            String text;
            if (next == 0) {
                text = Remittances.ISA + Remittances.GS + "ST*835*0001~BPR*I*" + (80L * claims)
                        + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999999999*DA*654321*20240305~"
                        + "TRN*1*EFT-1*1512345678~N1*PR*ACME HEALTH PLAN~N1*PE*VALLEY IMAGING*XX*1234567893~";
            } else if (next <= claims) {
                text = "LX*" + next + "~CLP*PCN-" + next + "*1*100*80*0*12*PAYER-" + next + "~"
                        + "SVC*HC:76856:26*100*80~DTM*472*20240215~CAS*CO*45*20~REF*6R*L" + next + "~";
            } else if (next == claims + 1) {
                text = "SE*" + (6L + 6L * claims) + "*0001~GE*1*77~IEA*1*000000123~";
            } else {
                return false;
            }
            next++;
            chunk = text.getBytes(StandardCharsets.US_ASCII);
            at = 0;
            return true;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (at == chunk.length) {
                if (!refill()) {
                    return -1;
                }
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            served += n;
            return n;
        }
    }
}
