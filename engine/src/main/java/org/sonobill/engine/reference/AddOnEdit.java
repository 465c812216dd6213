package org.sonobill.engine.reference;

import java.util.Set;

/**
 * CMS add-on code edit for one add-on code.
 *
 * @param addOn the add-on code
 * @param type 1: only the listed primaries; 2: no primary list (CCCCC), the payer decides; 3: some primaries listed,
 *     others may be acceptable
 * @param primaries the listed primary codes
 */
public record AddOnEdit(String addOn, int type, Set<String> primaries) {

    /** Whether {@code primary} is an eligible primary under this edit's type (NCCI Policy Manual ch. I §W). */
    public boolean acceptsPrimary(String primary) {
        if (type == 2) {
            return true;
        }
        return primaries.contains(primary);
    }
}
