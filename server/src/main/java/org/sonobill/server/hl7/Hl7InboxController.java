package org.sonobill.server.hl7;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "HL7 inbox", description = "Every HL7 v2 message received, and what became of it")
public class Hl7InboxController {
    private final Hl7Inbox inbox;

    public Hl7InboxController(Hl7Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/hl7/inbox")
    @PreAuthorize(Access.CODING)
    @Operation(summary = "HL7 messages received, newest first: filter by status (received, processed, duplicate, "
            + "refused, failed); refused and failed ones wait for a person")
    public Page<Hl7Inbox.Entry> list(@RequestParam(required = false) String status,
                                     @RequestParam(defaultValue = "50") int limit,
                                     @RequestParam(defaultValue = "0") int offset) {
        Paging.check(limit, offset);
        if (status != null && !status.matches("received|processed|duplicate|refused|failed")) {
            throw ApiException.badField("status", "expected received, processed, duplicate, refused or failed");
        }
        return inbox.list(CurrentUser.get().organisationId(), status, limit, offset);
    }

    @GetMapping("/api/hl7/inbox/{id}")
    @PreAuthorize(Access.CODING)
    @Operation(summary = "One HL7 message as received, with its status and the problem found")
    public Hl7Inbox.Entry get(@PathVariable long id) {
        return inbox.get(CurrentUser.get().organisationId(), id)
                .orElseThrow(() -> ApiException.notFound("HL7 message", id));
    }
}
