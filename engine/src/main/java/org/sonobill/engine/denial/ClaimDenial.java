package org.sonobill.engine.denial;

import java.math.BigDecimal;
import java.util.List;

/**
 * A claim's denial as a whole: the cause carrying the most money decides the claim's cause and action.
 *
 * @param rootCause the cause with the largest denied amount
 * @param action the next step of the line that carries that cause with the most money
 * @param main the classification of that line
 * @param deniedAmount the amount of the claim's lines that are denials to work
 * @param lines every line's classification, in the order given
 */
public record ClaimDenial(RootCause rootCause, DenialAction action, DenialClassification main, BigDecimal deniedAmount,
                          List<DenialClassification> lines) {

    public ClaimDenial {
        lines = List.copyOf(lines);
    }
}
