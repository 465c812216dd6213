package org.sonobill.server.denial;

import java.time.Clock;
import java.time.LocalDate;
import org.sonobill.engine.reference.AdjustmentCodeList;
import org.sonobill.server.config.EngineData;
import org.springframework.stereotype.Component;

/**
 * What a CARC or RARC says, from the X12 code lists the reference library holds (shipped, or a newer list the user
 * imported with {@code sonobill data import carc|rarc}), as in force today.
 */
@Component
public class CarcText {
    private final EngineData engine;
    private final Clock clock;

    public CarcText(EngineData engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** The description of a claim adjustment reason code, or null when the list does not have it. */
    public String carc(String code) {
        return describe(engine.reference().carcs(LocalDate.now(clock)).table(), code);
    }

    /** The description of a remittance advice remark code, or null when the list does not have it. */
    public String rarc(String code) {
        return describe(engine.reference().rarcs(LocalDate.now(clock)).table(), code);
    }

    private static String describe(AdjustmentCodeList list, String code) {
        return code == null ? null : list.get(code).map(c -> c.description()).orElse(null);
    }
}
