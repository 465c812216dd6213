package org.sonobill.server.fhir;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "FHIR", description = "FHIR R4 DiagnosticReports in; Claims and ExplanationOfBenefits out")
public class FhirController {
    private final FhirIntake intake;

    public FhirController(FhirIntake intake) {
        this.intake = intake;
    }

    /** The studies made from one request. */
    public record Received(List<StudyDetail> studies) {
    }

    @PostMapping(path = "/api/fhir/DiagnosticReport", consumes = {"application/fhir+json", "application/json",
            "application/fhir+xml", "application/xml"})
    @PreAuthorize(Access.CODING)
    @Operation(summary = "Read a FHIR R4 DiagnosticReport (or a Bundle of them with their Patient, Encounter and "
            + "ServiceRequest), code it and keep it as a study with its evidence (coder, manager, admin)")
    public ResponseEntity<Received> diagnosticReport(@RequestBody String body) {
        List<StudyDetail> studies = intake.take(CurrentUser.get(), body);
        return ResponseEntity.created(URI.create("/api/studies/" + studies.get(0).study().id()))
                .body(new Received(studies));
    }
}
