package org.sonobill.server.denial;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.sonobill.server.claim.ClaimViews.ClaimDetail;
import org.sonobill.server.denial.DenialViews.AppealView;
import org.sonobill.server.denial.DenialViews.Batch;
import org.sonobill.server.denial.DenialViews.DenialDetail;
import org.sonobill.server.denial.DenialViews.QueueEntry;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The denial queue, appeals, corrected claims, trends and education. Changes take the version the caller saw in
 * {@code If-Match} (the entry's or the appeal's {@code version}); a stale version is answered 409.
 */
@RestController
@RequestMapping("/api/denials")
@Tag(name = "Denials", description = "One queue of denied claims: root cause, owner, deadline, priority; appeals, "
        + "corrected claims, trends and education")
public class DenialController {
    private final DenialQueue queue;
    private final DenialWork work;
    private final Appeals appeals;
    private final CorrectedClaims corrections;
    private final DenialTrends trends;
    private final Education education;
    private final AssignmentRules rules;

    public DenialController(DenialQueue queue, DenialWork work, Appeals appeals, CorrectedClaims corrections,
                            DenialTrends trends, Education education, AssignmentRules rules) {
        this.rules = rules;
        this.queue = queue;
        this.work = work;
        this.appeals = appeals;
        this.corrections = corrections;
        this.trends = trends;
        this.education = education;
    }

    @GetMapping
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "The queue, highest priority first: filter by status (active, all, or one), owner (me, "
            + "unassigned, or a user id), root cause, payer, urgency, low-dollar, escalated; sort by priority, "
            + "deadline, amount or age")
    public Page<QueueEntry> list(@RequestParam(required = false) String status,
                                 @RequestParam(required = false) String owner,
                                 @RequestParam(required = false) String rootCause,
                                 @RequestParam(required = false) String payer,
                                 @RequestParam(required = false) String urgency,
                                 @RequestParam(required = false) Boolean lowDollar,
                                 @RequestParam(required = false) Boolean escalated,
                                 @RequestParam(defaultValue = "priority") String sort,
                                 @RequestParam(defaultValue = "50") int limit,
                                 @RequestParam(defaultValue = "0") int offset) {
        Paging.check(limit, offset);
        SonoBillUser user = CurrentUser.get();
        return queue.list(user.organisationId(), filter(user, status, owner, rootCause, payer, urgency, lowDollar,
                escalated, sort), limit, offset);
    }

    /** The queue filter from request parameters (shared with the CLI's words). */
    static DenialQueue.Filter filter(SonoBillUser user, String status, String owner, String rootCause, String payer,
                                     String urgency, Boolean lowDollar, Boolean escalated, String sort) {
        Long ownerId = null;
        if (owner != null && !owner.equals("unassigned")) {
            if (owner.equals("me")) {
                ownerId = user.id();
            } else {
                try {
                    ownerId = Long.parseLong(owner);
                } catch (NumberFormatException e) {
                    throw ApiException.badField("owner", "expected me, unassigned or a user id; found " + owner);
                }
            }
        }
        return new DenialQueue.Filter(status, owner, ownerId, rootCause, payer, urgency, lowDollar, escalated, sort);
    }

    @GetMapping("/batches")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "Low-dollar entries batched by payer, root cause and action, to be worked together")
    public List<Batch> batches() {
        return queue.batches(CurrentUser.get().organisationId());
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "One denial: classification with its reason and source, lines with CARC/RARC, appeals, "
            + "history")
    public ResponseEntity<DenialDetail> get(@PathVariable long id) {
        DenialDetail d = queue.get(CurrentUser.get().organisationId(), id);
        return ResponseEntity.ok().eTag(String.valueOf(d.entry().version())).body(d);
    }

    /** Who should own the entry: a user id, or null to return it to the pool. */
    public record AssignRequest(Long userId) {
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "Give the entry to a user (userId null: back to the role's pool)")
    public QueueEntry assign(@PathVariable long id, @RequestBody AssignRequest body,
                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return work.assign(CurrentUser.get(), id, body.userId(), version(ifMatch));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "Start working the entry (it becomes yours if no one owns it)")
    public QueueEntry start(@PathVariable long id,
                            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return work.start(CurrentUser.get(), id, version(ifMatch));
    }

    /** How an entry ends without an appeal, and why. */
    public record ResolveRequest(String resolution, String note, BigDecimal recovered) {
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "End the entry without an appeal: written-off, billed-patient, closed, or paid-on-correction "
            + "(a corrected entry, with the amount recovered), with a note")
    public QueueEntry resolve(@PathVariable long id, @RequestBody ResolveRequest body,
                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return work.resolve(CurrentUser.get(), id, body.resolution(), body.note(), body.recovered(), version(ifMatch));
    }

    /** The same resolution for many entries (a low-dollar batch). */
    public record BulkResolveRequest(List<Long> ids, String resolution, String note) {
    }

    @PostMapping("/resolve")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "Resolve many entries at once (a low-dollar batch): all or none")
    public List<QueueEntry> resolveAll(@RequestBody BulkResolveRequest body) {
        return work.resolveAll(CurrentUser.get(), body.ids(), body.resolution(), body.note());
    }

    /** Starting an appeal; the reason is needed only when the table says the denial is not appealable. */
    public record AppealRequest(String overrideReason) {
    }

    @PostMapping("/{id}/appeals")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "Start the next appeal level (or a Medicare reopening) with its letter drafted from the "
            + "evidence")
    public ResponseEntity<AppealView> appeal(@PathVariable long id, @RequestBody(required = false) AppealRequest body,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        AppealView a = appeals.create(CurrentUser.get(), id, body == null ? null : body.overrideReason(),
                version(ifMatch));
        return ResponseEntity.created(URI.create("/api/denials/" + id + "/appeals/" + a.level())).body(a);
    }

    /** The letter as the specialist wants it sent. */
    public record LetterRequest(String letter) {
    }

    @PutMapping("/{id}/appeals/{level}/letter")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "Replace the draft's letter text (If-Match: the appeal's version)")
    public AppealView letter(@PathVariable long id, @PathVariable int level, @RequestBody LetterRequest body,
                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return appeals.edit(CurrentUser.get(), id, level, body.letter(), version(ifMatch));
    }

    @GetMapping(value = "/{id}/appeals/{level}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "The appeal letter as a PDF: as sent once filed, else as it reads now")
    public ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int level) {
        byte[] pdf = appeals.pdf(CurrentUser.get(), id, level);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("appeal-" + id + "-level-" + level + ".pdf").build().toString())
                .body(pdf);
    }

    /** When the appeal was sent (default today). */
    public record FileRequest(LocalDate filedOn) {
    }

    @PostMapping("/{id}/appeals/{level}/file")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "File the appeal: the PDF is kept as sent, the claim is appealed, a follow-up date is set")
    public AppealView file(@PathVariable long id, @PathVariable int level,
                           @RequestBody(required = false) FileRequest body,
                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return appeals.file(CurrentUser.get(), id, level, body == null ? null : body.filedOn(), version(ifMatch));
    }

    /** The payer's decision on an appeal. */
    public record DecisionRequest(String outcome, BigDecimal amountRecovered, LocalDate decidedOn) {
    }

    @PostMapping("/{id}/appeals/{level}/decision")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "Record the decision: overturned or partly (resolved, with the amount recovered) or upheld "
            + "(the entry reopens for the next level)")
    public AppealView decide(@PathVariable long id, @PathVariable int level, @RequestBody DecisionRequest body,
                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return appeals.decide(CurrentUser.get(), id, level, body.outcome(), body.amountRecovered(), body.decidedOn(),
                version(ifMatch));
    }

    @PostMapping("/{id}/correct")
    @PreAuthorize(Access.DENIALS)
    @Operation(summary = "Make the corrected claim (frequency 7 or 8 with the payer's claim number; a new claim when "
            + "the original was rejected), scrubbed at once")
    public ResponseEntity<ClaimDetail> correct(@PathVariable long id, @RequestBody CorrectedClaims.Correction body,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ClaimDetail c = corrections.correct(CurrentUser.get(), id, body, version(ifMatch));
        return ResponseEntity.created(URI.create("/api/claims/" + c.claim().id())).body(c);
    }

    @GetMapping(value = "/trends", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "Denial rate and dollars by payer, code, root-cause, carc, pos, ordering, interpreting, "
            + "technologist or month (months of service from/to as YYYY-MM); format=csv or Accept: text/csv for CSV")
    public ResponseEntity<?> trends(@RequestParam(defaultValue = "root-cause") String by,
                                    @RequestParam(required = false) YearMonth from,
                                    @RequestParam(required = false) YearMonth to,
                                    @RequestParam(required = false) String format,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        DenialTrends.Report r = trends.report(CurrentUser.get().organisationId(), by, from, to);
        if ("csv".equals(format) || (format == null && accept != null && accept.startsWith("text/csv"))) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("denials-by-" + by + "-" + r.from() + "-" + r.to() + ".csv").build().toString())
                    .body(DenialTrends.csv(r));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(r);
    }

    @GetMapping("/education")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "What to teach whom: each technologist's and physician's documentation gaps behind their "
            + "findings and denials, and the front desk's causes, ranked by money at risk (dates of service)")
    public List<Education.Item> education(@RequestParam(required = false) LocalDate from,
                                          @RequestParam(required = false) LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now();
        LocalDate start = from != null ? from : end.minusMonths(3).plusDays(1);
        return education.items(CurrentUser.get().organisationId(), start, end);
    }

    @GetMapping("/assignment-rules")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "Who owns new entries: rules by root cause, payer and minimum amount (most specific wins)")
    public List<AssignmentRules.RuleView> assignmentRules() {
        return rules.list(CurrentUser.get().organisationId());
    }

    @PostMapping("/assignment-rules")
    @PreAuthorize(Access.MANAGING)
    @Operation(summary = "Add an assignment rule (manager, admin)")
    public ResponseEntity<AssignmentRules.RuleView> addRule(@RequestBody AssignmentRules.RuleView body) {
        AssignmentRules.RuleView r = rules.create(CurrentUser.get(), body);
        return ResponseEntity.created(URI.create("/api/denials/assignment-rules/" + r.id())).body(r);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/assignment-rules/{id}")
    @PreAuthorize(Access.MANAGING)
    @Operation(summary = "Remove an assignment rule (manager, admin)")
    public ResponseEntity<Void> deleteRule(@PathVariable long id) {
        rules.delete(CurrentUser.get(), id);
        return ResponseEntity.noContent().build();
    }

    private static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badField("If-Match", "expected the version number; found " + ifMatch);
        }
    }
}
