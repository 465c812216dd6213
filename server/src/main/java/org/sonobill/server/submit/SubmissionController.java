package org.sonobill.server.submit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.submit.AcknowledgementService.AckReport;
import org.sonobill.server.submit.SubmissionService.BatchResult;
import org.sonobill.server.submit.SubmissionService.BatchSummary;
import org.sonobill.server.submit.SubmissionService.CreateBatch;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.Paging;
import org.sonobill.server.web.X12Upload;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Submission", description = "837 batches out, 999 and 277CA acknowledgements in")
public class SubmissionController {
    /** Acknowledgements are small; the limit only keeps a wrong upload from filling the heap. */
    static final int MAX_UPLOAD = 16 * 1024 * 1024;
    private final SubmissionService batches;
    private final AcknowledgementService acknowledgements;

    public SubmissionController(SubmissionService batches, AcknowledgementService acknowledgements) {
        this.batches = batches;
        this.acknowledgements = acknowledgements;
    }

    @PostMapping("/api/batches")
    @PreAuthorize(Access.BILLING)
    @Operation(summary = "Write released claims as 837P/837I batches (claimIds, or every ready claim of a payer); "
            + "claims the guide would refuse are left out with the loop, segment and element (biller, manager, admin)")
    public ResponseEntity<BatchResult> create(@RequestBody CreateBatch body) {
        BatchResult r = batches.create(CurrentUser.get(), body);
        URI where = r.batches().isEmpty() ? null : URI.create("/api/batches/" + r.batches().get(0).id());
        return r.batches().isEmpty() ? ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(r)
                : ResponseEntity.created(where).body(r);
    }

    @GetMapping("/api/batches")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "Submission batches, newest first, with their acknowledgement state")
    public List<BatchSummary> list(@RequestParam(defaultValue = "50") int limit,
                                   @RequestParam(defaultValue = "0") int offset) {
        Paging.check(limit, offset);
        return batches.list(CurrentUser.get().organisationId(), limit, offset);
    }

    @GetMapping("/api/batches/{id}")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "A submission batch")
    public BatchSummary get(@PathVariable long id) {
        return batches.get(CurrentUser.get().organisationId(), id);
    }

    @GetMapping(value = "/api/batches/{id}/837", produces = "application/edi-x12")
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "The batch's 837, byte for byte as it was written")
    public ResponseEntity<String> download(@PathVariable long id) {
        long org = CurrentUser.get().organisationId();
        BatchSummary b = batches.get(org, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"batch-" + b.interchangeControl()
                        + "." + b.kind().toLowerCase(java.util.Locale.ROOT) + "\"")
                .contentType(MediaType.parseMediaType("application/edi-x12"))
                .body(batches.content(org, id));
    }

    @PostMapping(value = "/api/acknowledgements",
            consumes = {"application/edi-x12", "text/plain", "application/octet-stream"})
    @PreAuthorize(Access.BILLING)
    @Operation(summary = "Read a 999 or 277CA (the file as the body) and link it to the batches and claims it answers")
    public AckReport acknowledge(@RequestBody byte[] body, @RequestParam(defaultValue = "upload.x12") String name) {
        X12Input input = X12Upload.open(body, name, java.util.Set.of("999", "277"), "a 999 or 277CA", MAX_UPLOAD);
        try {
            return acknowledgements.receive(CurrentUser.get(), input);
        } catch (X12InputException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Not a readable acknowledgement", e.getMessage());
        }
    }
}
