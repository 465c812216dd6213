package org.sonobill.server.denial;

import java.math.BigDecimal;

/** The queue's fixed settings. */
final class DenialSettings {
    /**
     * Denials under this amount are batched by payer, root cause and action rather than worked one by one: a $12
     * CO-4 is not worth a specialist's quarter hour alone, fifty of them are.
     */
    static final BigDecimal LOW_DOLLAR = new BigDecimal("25.00");

    private DenialSettings() {
    }
}
