package org.sonobill.x12.ack;

/**
 * Who answered a 277CA: the information source of loop 2100A. A clearinghouse answers with NM1*AY, a payer with
 * NM1*PR (005010X214 loop 2100A NM101); their rejections are kept apart because they are fixed differently.
 *
 * @param kind clearinghouse, payer, or other
 * @param entityCode NM101
 * @param name NM103
 * @param idQualifier NM108 (46 ETIN, FI, PI, XV)
 * @param id NM109
 */
public record Responder(Kind kind, String entityCode, String name, String idQualifier, String id) {

    /** Which side of the claim's path answered. */
    public enum Kind {
        CLEARINGHOUSE, PAYER, OTHER;

        static Kind of(String entityCode) {
            return switch (entityCode) {
                case "AY" -> CLEARINGHOUSE;
                case "PR" -> PAYER;
                default -> OTHER;
            };
        }
    }

    static final Responder UNKNOWN = new Responder(Kind.OTHER, "", "", "", "");
}
