package org.sonobill.engine.denial;

/** One named rule refining the table's default action for a line; it changes the decision or leaves it. */
interface ActionPolicy {
    void apply(Decision d, DenialLine line, DenialContext ctx);
}
