package org.sonobill.server.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.sonobill.server.study.StudyViews.StudySummary;
import org.sonobill.server.web.Paging;
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
@RequestMapping("/api/studies")
@Tag(name = "Studies", description = "Studies as received, their coding by the engine and the coder's decision")
public class StudyController {
    private final StudyService studies;

    public StudyController(StudyService studies) {
        this.studies = studies;
    }

    @PostMapping
    @PreAuthorize(Access.CODING)
    @Operation(summary = "Create a study from structured documentation and/or report text (coder, manager, admin)")
    public ResponseEntity<StudyDetail> create(@RequestBody StudyRequests.CreateStudy body) {
        StudyDetail d = studies.create(CurrentUser.get(), body);
        return ResponseEntity.created(URI.create("/api/studies/" + d.study().id())).body(d);
    }

    @GetMapping
    @PreAuthorize(Access.ANY_ROLE)
    @Operation(summary = "List studies: filter by status, date range, exam family, interpreting physician NPI, technologist, "
            + "and for studies read from reports by source (text, hl7, fhir) and the reader's confidence")
    public Page<StudySummary> list(@RequestParam(required = false) String status,
                                   @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to,
                                   @RequestParam(required = false) String exam,
                                   @RequestParam(required = false) String physician,
                                   @RequestParam(required = false) String technologist,
                                   @RequestParam(required = false) String source,
                                   @RequestParam(required = false) String confidence,
                                   @RequestParam(defaultValue = "50") int limit,
                                   @RequestParam(defaultValue = "0") int offset) {
        Paging.check(limit, offset);
        if (status != null && !status.matches("received|coded|needs-review|accepted|billed")) {
            throw org.sonobill.server.web.ApiException.badField("status",
                    "expected received, coded, needs-review, accepted or billed");
        }
        if (source != null && !source.matches("text|hl7|fhir")) {
            throw org.sonobill.server.web.ApiException.badField("source", "expected text, hl7 or fhir (studies read "
                    + "from a report arriving that way)");
        }
        if (confidence != null && !confidence.matches("ready|needs-review")) {
            throw org.sonobill.server.web.ApiException.badField("confidence", "expected ready or needs-review (the "
                    + "report reader's confidence)");
        }
        return studies.list(CurrentUser.get(), new StudyService.StudyFilter(status, from, to, exam, physician,
                technologist, source, confidence, limit, offset));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.ANY_ROLE)
    @Operation(summary = "A study with its documentation, report, current coding and coding history")
    public StudyDetail get(@PathVariable long id) {
        return studies.get(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/code")
    @PreAuthorize(Access.CODING)
    @Operation(summary = "Run the coding engine on the study; the result becomes the next coding version")
    public StudyDetail code(@PathVariable long id) {
        return studies.code(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/coding")
    @PreAuthorize(Access.CODING)
    @Operation(summary = "Accept the current coding, or change its lines with a reason (kept as a new version)")
    public StudyDetail decide(@PathVariable long id, @RequestBody StudyRequests.CodingDecision body) {
        return studies.decide(CurrentUser.get(), id, body);
    }
}
