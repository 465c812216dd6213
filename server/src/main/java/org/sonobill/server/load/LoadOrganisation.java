package org.sonobill.server.load;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.sonobill.server.admin.OrganisationSetup;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.UserStore;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisation a load test works in: made through the same services as any organisation (its administrator, the
 * bundled payers), with a coder and a biller holding API tokens, the billing provider and a charge master for every
 * code the example studies bill.
 *
 * @param id the organisation's id
 * @param code its code ({@code loadtest-...})
 * @param coderToken the coder's API token
 * @param billerToken the biller's API token
 */
record LoadOrganisation(long id, String code, String coderToken, String billerToken) {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String BILLING_NPI = "1245319599";
    private static final String[][] CHARGES = {
            {"76700", "420.00"}, {"76705", "260.00"}, {"76770", "380.00"}, {"76775", "240.00"}, {"76856", "350.00"},
            {"76830", "360.00"}, {"76536", "300.00"}, {"76641", "310.00"}, {"76642", "220.00"}, {"76881", "280.00"},
            {"76882", "190.00"}, {"76801", "380.00"}, {"76805", "380.00"}, {"76802", "190.00"}, {"76810", "190.00"},
            {"76817", "300.00"}, {"76870", "290.00"}, {"76942", "240.00"}, {"10005", "410.00"}, {"10021", "410.00"},
            {"93306", "900.00"}, {"93880", "520.00"}, {"93882", "330.00"}, {"93970", "540.00"}, {"93971", "330.00"}};

    /** Makes a new organisation in the server's database. */
    static LoadOrganisation create(ApplicationContext context) {
        String code = "loadtest-" + ProcessHandle.current().pid() + "-" + Long.toString(System.currentTimeMillis(), 36)
                + "-" + COUNT.incrementAndGet();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        UserStore users = context.getBean(UserStore.class);
        // nobody signs in as these users: the passwords are random and forgotten at once
        long org = context.getBean(OrganisationSetup.class).create(code, "Load test " + code, "admin",
                "Administrator", password());
        long coder = users.create(org, "coder", "Load test coder", password(), Set.of(Role.CODER));
        long biller = users.create(org, "biller", "Load test biller", password(), Set.of(Role.BILLER));
        String coderToken = users.issueToken(org, coder, "loadtest coder").token();
        String billerToken = users.issueToken(org, biller, "loadtest biller").token();
        jdbc.sql("INSERT INTO providers (organisation_id, npi, name, role, specialty) VALUES (?, ?, 'Valley Imaging Group',"
                + " 'billing', 'Radiology')").params(org, BILLING_NPI).update();
        for (String[] c : CHARGES) {
            jdbc.sql("INSERT INTO charge_master (organisation_id, code, charge) VALUES (?, ?, ?::numeric)")
                    .params(org, c[0], c[1]).update();
        }
        return new LoadOrganisation(org, code, coderToken, billerToken);
    }

    private static String password() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
