package org.sonobill.server.claim;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.sonobill.server.claim.ClaimViews.ClaimDetail;
import org.sonobill.server.claim.ClaimViews.ClaimSummary;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Claims. Changes take the claim version the caller saw in {@code If-Match} (the {@code ETag} of a claim); a claim
 * changed meanwhile answers 409.
 */
@RestController
@RequestMapping("/api/claims")
@Tag(name = "Claims", description = "Claims from coded studies: scrub, override findings with a reason, release")
public class ClaimController {
    private static final java.util.Set<String> STATUSES = java.util.Set.of("draft", "scrubbed", "ready", "submitted",
            "accepted", "rejected", "paid", "partially-paid", "denied", "appealed", "corrected", "closed");
    private final ClaimService claims;

    public ClaimController(ClaimService claims) {
        this.claims = claims;
    }

    @PostMapping
    @PreAuthorize(Access.BILLING)
    @Operation(summary = "Create a claim from coded studies of one patient and date (biller, manager, admin)")
    public ResponseEntity<ClaimDetail> create(@RequestBody ClaimViews.CreateClaim body) {
        ClaimDetail d = claims.create(CurrentUser.get(), body);
        return tagged(ResponseEntity.created(URI.create("/api/claims/" + d.claim().id())), d);
    }

    @GetMapping
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "List claims: filter by status, payer, date of service, charge amount, age in days")
    public Page<ClaimSummary> list(@RequestParam(required = false) String status,
                                   @RequestParam(required = false) String payer,
                                   @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to,
                                   @RequestParam(required = false) BigDecimal minAmount,
                                   @RequestParam(required = false) BigDecimal maxAmount,
                                   @RequestParam(required = false) @Parameter(description = "at least this many days since the date of service") Integer minAge,
                                   @RequestParam(required = false) @Parameter(description = "at most this many days since the date of service") Integer maxAge,
                                   @RequestParam(defaultValue = "50") int limit,
                                   @RequestParam(defaultValue = "0") int offset) {
        Paging.check(limit, offset);
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.badField("status", "expected one of " + new java.util.TreeSet<>(STATUSES));
        }
        return claims.list(CurrentUser.get(), new ClaimService.ClaimFilter(status, payer, from, to, minAmount,
                maxAmount, minAge, maxAge, limit, offset));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "A claim with lines, diagnoses, latest scrub findings, overrides, remittances, denials and history")
    public ResponseEntity<ClaimDetail> get(@PathVariable long id) {
        return tagged(ResponseEntity.ok(), claims.get(CurrentUser.get(), id));
    }

    @PostMapping("/{id}/scrub")
    @PreAuthorize(Access.BILLING)
    @Operation(summary = "Scrub the claim (NCCI, MUE, add-on, coverage, payer rules, expected payment)")
    public ResponseEntity<ClaimDetail> scrub(@PathVariable long id,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return tagged(ResponseEntity.ok(), claims.scrub(CurrentUser.get(), id, version(ifMatch)));
    }

    @PostMapping("/{id}/overrides")
    @PreAuthorize(Access.BILLING)
    @Operation(summary = "Let a finding pass with a reason; the claim is scrubbed again")
    public ResponseEntity<ClaimDetail> override(@PathVariable long id, @RequestBody ClaimViews.OverrideRequest body,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return tagged(ResponseEntity.ok(), claims.override(CurrentUser.get(), id, body, version(ifMatch)));
    }

    @PostMapping("/{id}/ready")
    @PreAuthorize(Access.BILLING)
    @Operation(summary = "Release a clean scrubbed claim for submission")
    public ResponseEntity<ClaimDetail> ready(@PathVariable long id,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return tagged(ResponseEntity.ok(), claims.ready(CurrentUser.get(), id, version(ifMatch)));
    }

    private static ResponseEntity<ClaimDetail> tagged(ResponseEntity.BodyBuilder b, ClaimDetail d) {
        return b.eTag("\"" + d.claim().version() + "\"").body(d);
    }

    /** The claim version of an If-Match header ("3" or 3), or null when absent. */
    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.equals("*")) {
            return null;
        }
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badField("If-Match", "expected the claim version from its ETag, such as \"3\"");
        }
    }
}
