package org.sonobill.server.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sonobill.engine.catalogue.UltrasoundCode;
import org.sonobill.engine.reference.IcdCodeSet;
import org.sonobill.engine.reference.Versioned;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reference data for every role: the organisation's payers and providers, code search, ICD-10-CM search. */
@RestController
@RequestMapping("/api")
@Tag(name = "Reference", description = "Payers, providers, ultrasound codes and ICD-10-CM")
public class ReferenceController {
    private final JdbcClient jdbc;
    private final EngineData engine;

    public ReferenceController(JdbcClient jdbc, EngineData engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /** A payer with its rule pack. */
    public record PayerView(long id, String code, String name, String rulePack, String payerIdX12) {
    }

    /** A provider of the organisation. */
    public record ProviderView(long id, String npi, String name, String role, String specialty) {
    }

    /** An ultrasound code with our own description (CPT descriptors are the AMA's; these are SonoBill's words). */
    public record CodeView(String code, String kind, String region, String description) {
    }

    /** An ICD-10-CM code. */
    public record IcdView(String code, boolean billable, String title) {
    }

    /** ICD-10-CM search results with the release searched. */
    public record IcdResults(String release, List<IcdView> items) {
    }

    @GetMapping("/payers")
    @PreAuthorize(Access.ANY_ROLE)
    @Operation(summary = "Your organisation's payers and the rule pack each uses")
    public List<PayerView> payers() {
        return jdbc.sql("SELECT id, code, name, rule_pack, payer_id_x12 FROM payers WHERE organisation_id = ? ORDER BY code")
                .params(CurrentUser.get().organisationId())
                .query((rs, n) -> new PayerView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    @GetMapping("/providers")
    @PreAuthorize(Access.ANY_ROLE)
    @Operation(summary = "Your organisation's providers (NPI, name, role, specialty)")
    public List<ProviderView> providers(@RequestParam(required = false) String role) {
        return jdbc.sql("SELECT id, npi, name, role, specialty FROM providers WHERE organisation_id = ?"
                        + " AND (?::text IS NULL OR role = ?) ORDER BY name, role")
                .params(CurrentUser.get().organisationId(), role, role)
                .query((rs, n) -> new ProviderView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    @GetMapping("/codes")
    @PreAuthorize(Access.ANY_ROLE)
    @Operation(summary = "Search the ultrasound codes by code or words of our description")
    public List<CodeView> codes(@RequestParam(defaultValue = "") String q,
                                @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw ApiException.badField("limit", "expected 1 to 500");
        }
        String[] words = q.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return engine.catalogue().codes().values().stream()
                .filter(c -> matches(c, words))
                .sorted(Comparator.comparing(UltrasoundCode::code)).limit(limit)
                .map(c -> new CodeView(c.code(), c.kind().name().toLowerCase(Locale.ROOT), c.region(), c.description()))
                .toList();
    }

    private static boolean matches(UltrasoundCode c, String[] words) {
        String text = (c.code() + " " + c.description() + " " + c.region()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    @GetMapping("/icd10")
    @PreAuthorize(Access.ANY_ROLE)
    @Operation(summary = "Search ICD-10-CM by code (R10.1) or words (gallbladder calculus), in the release of a date")
    public IcdResults icd10(@RequestParam String q, @RequestParam(required = false) LocalDate date,
                            @RequestParam(defaultValue = "50") int limit) {
        if (q.isBlank()) {
            throw ApiException.badField("q", "expected a code or some words");
        }
        if (limit < 1 || limit > 500) {
            throw ApiException.badField("limit", "expected 1 to 500");
        }
        Versioned.Selection<IcdCodeSet> set = engine.reference().icd10cm(date == null ? LocalDate.now() : date);
        return new IcdResults(set.table().label(), set.table().search(q, limit).stream()
                .map(c -> new IcdView(c.code(), c.billable(), c.longTitle())).toList());
    }
}
