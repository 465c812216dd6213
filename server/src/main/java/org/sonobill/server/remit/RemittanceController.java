package org.sonobill.server.remit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.sonobill.server.remit.RemittanceViews.RemittanceDetail;
import org.sonobill.server.remit.RemittanceViews.RemittanceSummary;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.Paging;
import org.sonobill.server.web.X12Upload;
import org.sonobill.x12.input.X12Input;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/remittances")
@Tag(name = "Remittances", description = "835 payments posted to claims: lines, adjustments, denials, balancing")
public class RemittanceController {
    /** An 835 posted through the API is held in memory while read: larger files go through `sonobill remit post`. */
    static final int MAX_UPLOAD = 64 * 1024 * 1024;
    private final RemittancePosting posting;
    private final RemittanceQueries queries;

    public RemittanceController(RemittancePosting posting, RemittanceQueries queries) {
        this.posting = posting;
        this.queries = queries;
    }

    @PostMapping(consumes = {"application/edi-x12", "text/plain", "application/octet-stream"})
    @PreAuthorize(Access.BILLING)
    @Operation(summary = "Post an 835 (the file as the body): each payment once; dryRun=true shows what would post "
            + "(biller, manager, admin)")
    public ResponseEntity<PostingReport> post(@RequestBody byte[] body,
                                              @RequestParam(defaultValue = "false") boolean dryRun,
                                              @RequestParam(defaultValue = "upload.835") String name) {
        SonoBillUser user = CurrentUser.get();
        // larger files go through `sonobill remit post FILE`, which streams them
        X12Input input = X12Upload.open(body, name, java.util.Set.of("835"), "an 835", MAX_UPLOAD);
        PostingReport report = posting.post(user.organisationId(), user.actor(), input, dryRun, null);
        if (!report.complete() && report.payments().isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Not posted", report.refusal());
        }
        return ResponseEntity.status(report.complete() ? HttpStatus.OK : HttpStatus.MULTI_STATUS).body(report);
    }

    @GetMapping
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "Remittances posted, newest payment first: filter by payer code and payment dates")
    public Page<RemittanceSummary> list(@RequestParam(required = false) String payer,
                                        @RequestParam(required = false) LocalDate from,
                                        @RequestParam(required = false) LocalDate to,
                                        @RequestParam(defaultValue = "50") int limit,
                                        @RequestParam(defaultValue = "0") int offset) {
        Paging.check(limit, offset);
        return queries.list(CurrentUser.get().organisationId(), payer, from, to, limit, offset);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "A remittance with its claim payments, lines, adjustments, provider adjustments and findings")
    public RemittanceDetail get(@PathVariable long id) {
        return queries.get(CurrentUser.get().organisationId(), id);
    }
}
