package org.sonobill.server.demo;

import java.util.List;
import java.util.Map;
import org.sonobill.server.demo.DemoResources.PayerSpec;
import org.sonobill.server.demo.DemoResources.ProviderSpec;
import org.sonobill.server.security.SonoBillUser;

/**
 * The demo organisation as the loaders use it: its id, the users the services act as (scoped to the organisation),
 * and its payers by code.
 */
record DemoOrg(long id, String code, DemoResources resources, SonoBillUser admin, SonoBillUser coder,
               SonoBillUser biller, long denialsUserId, Map<String, Payer> payers) {

    /** The providers of a role ("interpreting", "ordering") in a group of organisation.json. */
    List<ProviderSpec> providers(String role, String group) {
        List<ProviderSpec> found = resources.organisation().providers().stream()
                .filter(p -> role.equals(p.role()) && p.groups().contains(group)).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("organisation.json has no " + role + " provider in group " + group);
        }
        return found;
    }

    DemoResources.Organisation spec() {
        return resources.organisation();
    }

    Payer payer(String code) {
        return payers.get(code);
    }

    /** A payer of the organisation: its row id and what organisation.json says of it. */
    record Payer(long id, PayerSpec spec) {
        String code() {
            return spec.code();
        }

        String pack() {
            return spec.rulePack();
        }
    }
}
