package org.sonobill.server.remit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.sonobill.server.remit.RemittanceViews.RemittanceDetail;
import org.sonobill.server.remit.RemittanceViews.RemittanceSummary;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.Paging;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
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
        if (body.length == 0) {
            throw ApiException.badField("body", "expected an 835 file (X12 005010X221A1) as the request body");
        }
        if (body.length > MAX_UPLOAD) {
            throw ApiException.badField("body", "an 835 of " + body.length + " bytes is more than the API takes ("
                    + MAX_UPLOAD + "); post it with `sonobill remit post FILE`");
        }
        if (!name.matches("[A-Za-z0-9._ -]{1,120}")) {
            throw ApiException.badField("name", "expected a file name of letters, digits, dots, dashes, spaces");
        }
        SonoBillUser user = CurrentUser.get();
        X12Input input;
        try {
            input = X12Input.of(new ByteArrayInputStream(body), name, InputOptions.strict());
        } catch (X12InputException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Not a readable 835", e.getMessage());
        }
        if (!"835".equals(input.transactionType())) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Not an 835", name + " holds a "
                    + input.transactionType() + " transaction set; this endpoint posts 835 remittances");
        }
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
