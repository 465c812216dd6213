package org.sonobill.report.read;

import java.util.Map;

/**
 * The exam family read from a report, with the attributes its title gave.
 *
 * @param family the engine's family key, or null when none could be read
 * @param attributes side, limb, approach, extent, pocus, ob, echo, read from the title or order
 * @param fromTitle true when the title, exam line or order named the family (false: read from the findings only)
 * @param procedureNote the report is a note of a guided procedure, with no diagnostic study to code
 * @param regionFamily the family whose region the procedure is in (a procedure note: the region its title names)
 */
public record Exam(String family, Map<String, String> attributes, boolean fromTitle, boolean procedureNote,
                   String regionFamily) {

    /** An attribute of the title, or null. */
    public String attribute(String name) {
        return attributes.get(name);
    }
}
