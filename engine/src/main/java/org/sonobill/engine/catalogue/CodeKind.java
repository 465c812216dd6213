package org.sonobill.engine.catalogue;

/** What kind of service a code is, which decides the documentation it needs. */
public enum CodeKind {
    DIAGNOSTIC, GUIDANCE, ADDON_DIAGNOSTIC, ADDON_GUIDANCE, PROCEDURE;

    /** True for the add-on kinds (they are billed only with a primary). */
    public boolean isAddOn() {
        return this == ADDON_DIAGNOSTIC || this == ADDON_GUIDANCE;
    }

    /** True for guidance codes. */
    public boolean isGuidance() {
        return this == GUIDANCE || this == ADDON_GUIDANCE;
    }
}
