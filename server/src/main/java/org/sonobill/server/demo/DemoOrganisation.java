package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.engine.catalogue.UltrasoundCode;
import org.sonobill.engine.reference.FeeSchedule;
import org.sonobill.server.admin.OrganisationSetup;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.demo.DemoResources.PayerSpec;
import org.sonobill.server.demo.DemoResources.ProviderSpec;
import org.sonobill.server.demo.DemoResources.UserSpec;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.security.UserStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo organisation before any study: the organisation and its administrator (through {@link OrganisationSetup},
 * as {@code sonobill init} does), one user per role, the payers, the providers and a charge master.
 */
@Component
class DemoOrganisation {
    static final String PASSWORD = "sonobill-demo";
    static final String ADMIN = "demo-admin";
    static final String LOADER = "demo-loader";

    private final JdbcClient jdbc;
    private final OrganisationSetup setup;
    private final UserStore users;
    private final AuditTrail audit;
    private final EngineData engine;

    DemoOrganisation(JdbcClient jdbc, OrganisationSetup setup, UserStore users, AuditTrail audit, EngineData engine) {
        this.jdbc = jdbc;
        this.setup = setup;
        this.users = users;
        this.audit = audit;
        this.engine = engine;
    }

    /** Creates the organisation with its people, payers and charges; the caller's transaction holds it all. */
    DemoOrg create(String code, DemoResources resources, LocalDate today) {
        DemoResources.Organisation spec = resources.organisation();
        long org = setup.create(code, spec.name(), ADMIN, "Demo Administrator", PASSWORD);
        long adminId = jdbc.sql("SELECT id FROM users WHERE organisation_id = ? AND username = ?").params(org, ADMIN)
                .query(Long.class).single();
        Map<String, SonoBillUser> byRole = new LinkedHashMap<>();
        for (UserSpec u : spec.users()) {
            Role role = Role.of(u.role());
            long id = users.create(org, u.username(), u.name(), PASSWORD, Set.of(role));
            byRole.put(u.role(), new SonoBillUser(id, org, code, u.username(), u.name(), null, true, Set.of(role)));
            audit.record(org, LOADER, "create", "user", id, null, Map.of("username", u.username(), "roles",
                    List.of(u.role())));
        }
        Map<String, DemoOrg.Payer> payers = payers(org, spec.payers());
        providers(org, spec);
        chargeMaster(org, today);
        SonoBillUser admin = new SonoBillUser(adminId, org, code, ADMIN, "Demo Administrator", null, true,
                Set.of(Role.ADMIN));
        return new DemoOrg(org, code, resources, admin, byRole.get("coder"), byRole.get("biller"),
                byRole.get("denial-specialist").id(), payers);
    }

    // OrganisationSetup made one payer per bundled rule pack; the demo names them and adds two more
    private Map<String, DemoOrg.Payer> payers(long org, List<PayerSpec> specs) {
        Map<String, DemoOrg.Payer> out = new LinkedHashMap<>();
        for (PayerSpec p : specs) {
            long id = jdbc.sql("""
                            INSERT INTO payers (organisation_id, code, name, rule_pack, payer_id_x12, appeals_address)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (organisation_id, code) DO UPDATE SET name = excluded.name,
                                rule_pack = excluded.rule_pack, payer_id_x12 = excluded.payer_id_x12,
                                appeals_address = excluded.appeals_address
                            RETURNING id""")
                    .params(org, p.code(), p.name(), p.rulePack(), p.x12(), p.appealsAddress() == null
                            ? new String[0] : p.appealsAddress().toArray(new String[0]))
                    .query(Long.class).single();
            out.put(p.code(), new DemoOrg.Payer(id, p));
            audit.record(org, LOADER, "create", "payer", id, null, Map.of("code", p.code(), "name", p.name(),
                    "rulePack", p.rulePack()));
        }
        return out;
    }

    private void providers(long org, DemoResources.Organisation spec) {
        List<ProviderSpec> all = new ArrayList<>(spec.providers());
        all.add(0, spec.billing());
        for (ProviderSpec p : all) {
            String role = p.role() == null ? "billing" : p.role();
            jdbc.sql("INSERT INTO providers (organisation_id, npi, name, role, specialty) VALUES (?, ?, ?, ?, ?)")
                    .params(org, p.npi(), p.name(), role, p.specialty()).update();
        }
        // what the 837 needs of the billing provider (2010AA) and of the submitter (1000A): made-up demo values
        jdbc.sql("""
                        UPDATE providers SET tax_id = '371234567', taxonomy = '2085R0202X', address_line1 = '2200 Medical Plaza Drive',
                            city = 'Springfield', state = 'IL', zip = '627041234'
                        WHERE organisation_id = ? AND role = 'billing'""").params(org).update();
        jdbc.sql("""
                        UPDATE organisations SET x12_sender_id = 'VALLEYIMG01', x12_receiver_id = 'CLEARHOUSE1',
                            x12_receiver_name = 'DEMO CLEARINGHOUSE', contact_name = 'Billing Office',
                            contact_phone = '2175550100' WHERE id = ?""").params(org).update();
        audit.record(org, LOADER, "create", "providers", org, null, Map.of("count", all.size(), "billingNpi",
                spec.billing().npi()));
    }

    /**
     * A charge for every code the engine knows: a practice charges a multiple of what Medicare pays, here 2.5 to 4
     * times the national non-facility amount, the multiple fixed per code so that every load charges the same.
     */
    private void chargeMaster(long org, LocalDate today) {
        FeeSchedule fees = engine.reference().feeSchedule(today).table();
        List<String> codes = new ArrayList<>();
        List<BigDecimal> charges = new ArrayList<>();
        for (UltrasoundCode c : engine.catalogue().codes().values()) {
            BigDecimal medicare = fees == null ? null : fees.nationalAmount(c.code(), "", false);
            if (medicare == null || medicare.signum() == 0) {
                medicare = unpriced(c);
            }
            double multiple = 2.5 + Math.floorMod(c.code().hashCode(), 150) / 100.0;
            BigDecimal charge = medicare.multiply(BigDecimal.valueOf(multiple)).setScale(0, RoundingMode.HALF_UP)
                    .max(BigDecimal.valueOf(40)).setScale(2, RoundingMode.UNNECESSARY);
            codes.add(c.code());
            charges.add(charge);
        }
        jdbc.sql("INSERT INTO charge_master (organisation_id, code, charge)"
                        + " SELECT ?, c, v FROM unnest(?::text[], ?::numeric[]) AS t(c, v)")
                .params(org, codes.toArray(new String[0]), charges.toArray(new BigDecimal[0])).update();
        audit.record(org, LOADER, "create", "charge-master", org, null, Map.of("codes", codes.size()));
    }

    // carrier-priced and unlisted codes have no national amount; a typical one stands in for them
    private static BigDecimal unpriced(UltrasoundCode c) {
        return BigDecimal.valueOf(switch (c.kind()) {
            case ADDON_DIAGNOSTIC, ADDON_GUIDANCE -> 45;
            case GUIDANCE -> 85;
            case PROCEDURE -> 150;
            case DIAGNOSTIC -> 120;
        });
    }
}
