package org.sonobill.x12.remit;

import java.util.List;

/**
 * A composite medical procedure identifier (SVC01 or SVC06, 005010X221A1 loop 2110): a qualifier (HC for
 * CPT/HCPCS, NU for a revenue code, ...), the code, up to four modifiers and an optional description.
 *
 * @param qualifier component 1
 * @param code component 2
 * @param modifiers components 3-6, in order, empty ones dropped
 * @param description component 7, or ""
 */
public record ServiceCode(String qualifier, String code, List<String> modifiers, String description) {
    public ServiceCode {
        modifiers = List.copyOf(modifiers);
    }

    /** "HC:76856:26" style, as the composite is written. */
    public String display() {
        StringBuilder out = new StringBuilder(qualifier).append(':').append(code);
        modifiers.forEach(m -> out.append(':').append(m));
        return out.toString();
    }
}
