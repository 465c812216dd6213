package org.sonobill.server.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.report.ReportIntake.Arrival;
import org.sonobill.server.report.ReportRequests.ReportRequest;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports", description = "Free-text reports read, coded with evidence and kept as studies")
public class ReportController {
    private final ReportIntake intake;
    private final EngineData engine;

    public ReportController(ReportIntake intake, EngineData engine) {
        this.intake = intake;
        this.engine = engine;
    }

    @PostMapping("/api/reports")
    @PreAuthorize(Access.CODING)
    @Operation(summary = "Read a dictated report, code it and keep it as a study with its evidence and confidence "
            + "(coder, manager, admin); 409 when the accession exists already")
    public ResponseEntity<StudyDetail> create(@RequestBody ReportRequest body) {
        StudyDetail d = intake.intake(CurrentUser.get(), new Arrival(body.accession(), body.patient(),
                body.technologist(), ReportRequests.incoming(body, engine.coding().vocabulary().payers()),
                ReportSource.TEXT));
        return ResponseEntity.created(URI.create("/api/studies/" + d.study().id())).body(d);
    }
}
