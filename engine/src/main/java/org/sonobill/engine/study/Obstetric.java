package org.sonobill.engine.study;

import java.math.BigDecimal;

/**
 * Obstetric details.
 *
 * @param gestationalWeeks gestational age in weeks (decimal: 13.86 is 13 weeks 6 days); null when unknown
 * @param fetuses number of gestations (at least 1)
 * @param kind which obstetric service
 * @param nonStressTest for a biophysical profile: a non-stress test was done (76818) or not (76819)
 * @param umbilicalDoppler umbilical artery Doppler velocimetry done (76820)
 * @param mcaDoppler middle cerebral artery Doppler velocimetry done (76821)
 */
public record Obstetric(BigDecimal gestationalWeeks, int fetuses, ObstetricKind kind, boolean nonStressTest,
                        boolean umbilicalDoppler, boolean mcaDoppler) {
    public Obstetric {
        fetuses = Math.max(fetuses, 1);
    }
}
