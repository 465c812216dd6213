package org.sonobill.engine.denial;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * When the scrubber had already warned about the same cause before the claim went out, say so: the fix is known and
 * the repeat is an education item (reference g.4, item 5). Finding groups from CONTRIBUTING.md "Add a rule".
 */
final class FindingsPolicy implements ActionPolicy {
    private static final Map<RootCause, String> PREFIX = Map.of(RootCause.DOCUMENTATION, "SB-DOC-",
            RootCause.CODING_MODIFIER, "SB-MOD-", RootCause.BUNDLING, "SB-NCCI-", RootCause.MEDICAL_NECESSITY, "SB-DX-",
            RootCause.FREQUENCY, "SB-UNIT-", RootCause.AUTHORISATION, "SB-PAY-011");

    @Override
    public void apply(Decision d, DenialLine line, DenialContext ctx) {
        String prefix = PREFIX.get(d.cause());
        if (prefix == null) {
            return;
        }
        String seen = ctx.claimFindingCodes().stream().filter(c -> c.startsWith(prefix)).sorted()
                .collect(Collectors.joining(", "));
        if (!seen.isEmpty()) {
            d.note("The scrubber flagged this before submission (" + seen + "): its fix applies, and the repeat is an "
                    + "education item.", null);
        }
    }
}
